package dev.sandboxtests.samples.shop.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pod's in-cluster addresses become the mesh's local ones; the rest stays as written. */
class InClusterAddressesTest {

    private final InClusterAddresses addresses = new InClusterAddresses("shop",
            service -> service.equals("pricing") ? Optional.of(URI.create("http://127.0.0.1:40123")) : Optional.empty(),
            Map.of("kafka.shop.svc.cluster.local:9092", "127.0.0.1:40315"));

    @Test
    void aServiceTheMeshFrontsIsReachedAtItsLocalPort() {
        assertThat(addresses.rewrite("http://pricing.shop.svc.cluster.local:8080")).isEqualTo("http://127.0.0.1:40123");
    }

    @Test
    void anAddressOutsideTheMeshIsReplacedAsGiven() {
        assertThat(addresses.rewrite("kafka.shop.svc.cluster.local:9092")).isEqualTo("127.0.0.1:40315");
    }

    @Test
    void servicesThatDoNotExistAndOtherNamespacesStayUnresolvable() {
        assertThat(addresses.rewrite("http://inventory.shop.svc.cluster.local:9090"))
                .isEqualTo("http://inventory.shop.svc.cluster.local:9090");
        assertThat(addresses.rewrite("http://pricing.billing.svc.cluster.local:8080"))
                .isEqualTo("http://pricing.billing.svc.cluster.local:8080");
        assertThat(addresses.rewrite("info")).isEqualTo("info");
    }
}
