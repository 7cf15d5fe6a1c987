package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** A side that goes to baseline with a key of its own, so that what it causes can be told apart by that key. */
class SmartCallTargetTest {

    @Test
    void aBaselineTargetWithAKeyKeepsItsEndpointSideAndHeaders() {
        URI endpoint = URI.create("http://127.0.0.1:8080");
        RoutingHeaders headers = RoutingHeaders.header("x-routing-key");
        SmartCall.Target baseline = new SmartCall.Target(endpoint, "baseline", null, headers);
        RoutingKey key = RoutingKey.random();

        SmartCall.Target keyed = baseline.withRoutingKey(key);

        assertThat(keyed.routingKey()).contains(key);
        assertThat(keyed.endpoint()).isEqualTo(endpoint);
        assertThat(keyed.side()).isEqualTo("baseline");
        assertThat(keyed.routingHeaders()).isSameAs(headers);
        assertThat(baseline.routingKey()).isEmpty();
    }
}
