package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.settings.InvalidSettingException;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a test reaches: the baseline Service's address (the mesh routes by header), from the default template, a
 * template of the user's, or an address per service for tests outside the cluster.
 */
@EnableKubernetesMockClient(crud = true)
class ServiceEndpointsTest {

    static KubernetesClient client;

    private final KubernetesSandboxProvider provider = new KubernetesSandboxProvider(client, Clock.systemUTC(),
            RoutingKey::random);

    @Test
    void forkedAndOtherServicesAreReachedAtTheirBaselineServicesAddress() {
        try (Sandbox sandbox = dryRun("endpoints-default")) {
            assertThat(sandbox.endpoint("pricing")).isEqualTo(URI.create("http://pricing.endpoints-default.svc.cluster.local:8080"));
            assertThat(sandbox.endpoint("orders")).isEqualTo(URI.create("http://orders.endpoints-default.svc.cluster.local:80"));
            assertThat(sandbox.endpoints()).containsOnlyKeys("pricing");
        }
    }

    @Test
    void aTemplateAndAddressesPerServiceWin() {
        try (Sandbox sandbox = dryRun("endpoints-configured",
                "sandbox.kubernetes.endpoint-template", "https://{name}-{namespace}.ingress.example.com:{port}",
                "sandbox.kubernetes.endpoints", "orders=http://localhost:18080, payments=http://localhost:18081")) {
            assertThat(sandbox.endpoint("pricing")).isEqualTo(URI.create("https://pricing-endpoints-configured.ingress.example.com:8080"));
            assertThat(sandbox.endpoint("orders")).isEqualTo(URI.create("http://localhost:18080"));
            assertThat(sandbox.endpoints()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "pricing", URI.create("https://pricing-endpoints-configured.ingress.example.com:8080"),
                    "orders", URI.create("http://localhost:18080"), "payments", URI.create("http://localhost:18081")));
        }
    }

    @Test
    void anUnknownServiceIsNamedWithTheKnownOnes() {
        try (Sandbox sandbox = dryRun("endpoints-unknown")) {
            assertThatThrownBy(() -> sandbox.endpoint("shipping")).isInstanceOf(SandboxException.class)
                    .hasMessageContaining("no Service 'shipping' in namespace 'endpoints-unknown'")
                    .hasMessageContaining("[pricing]");
        }
    }

    @Test
    void aMalformedEndpointsSettingSaysWhatToWrite() {
        new ShopCluster(client, "endpoints-bad").withPricing();
        assertThatThrownBy(() -> dryRun("endpoints-bad", "sandbox.kubernetes.endpoints", "orders:8080"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("sandbox.kubernetes.endpoints").hasMessageContaining("service=url");
    }

    private Sandbox dryRun(String namespace, String... settings) {
        if (client.apps().deployments().inNamespace(namespace).withName("pricing").get() == null) {
            new ShopCluster(client, namespace).withPricing();
            client.resource(new ServiceBuilder().withNewMetadata().withName("orders").withNamespace(namespace).endMetadata()
                    .withNewSpec().addNewPort().withPort(80).endPort().endSpec().build()).create();
        }
        String[] parameters = new String[settings.length + 4];
        parameters[0] = "sandbox.kubernetes.namespace";
        parameters[1] = namespace;
        parameters[2] = "sandbox.kubernetes.dry-run";
        parameters[3] = "target/dry-run/" + namespace;
        System.arraycopy(settings, 0, parameters, 4, settings.length);
        return provider.create(SandboxSpec.builder("endpoints").fork(ForkSpec.of("pricing")).build(),
                TestContext.of(getClass(), parameters));
    }
}
