package dev.sandboxtests.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** {@link RoutingHeaders#fromConfiguration()} reads a JVM-wide system property, so nothing else may run meanwhile. */
@Isolated
class RoutingHeadersConfigurationTest {

    private String saved;

    @BeforeEach
    void saveProperty() {
        saved = System.getProperty(RoutingHeaders.CONFIGURATION_PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (saved == null) {
            System.clearProperty(RoutingHeaders.CONFIGURATION_PROPERTY);
        } else {
            System.setProperty(RoutingHeaders.CONFIGURATION_PROPERTY, saved);
        }
    }

    @Test
    void theSystemPropertyChoosesTheHeaders() {
        System.setProperty("sandbox.routing.headers", "signadot,header:x-routing-key");

        assertThat(RoutingHeaders.fromConfiguration().headerNames()).containsExactlyInAnyOrder(
                "baggage", "tracestate", "ot-baggage-sd-routing-key", "uberctx-sd-routing-key", "x-routing-key");
    }

    @Test
    void withoutConfigurationTheDefaultsApply() {
        System.clearProperty(RoutingHeaders.CONFIGURATION_PROPERTY);
        String environment = System.getenv("SANDBOX_ROUTING_HEADERS");

        assertThat(RoutingHeaders.fromConfiguration().headerNames())
                .isEqualTo(RoutingHeaders.parse(environment).headerNames());
        if (environment == null) {
            assertThat(RoutingHeaders.fromConfiguration()).isSameAs(RoutingHeaders.defaults());
        }
    }

    @Test
    void aBadSettingFailsNamingTheProperty() {
        System.setProperty(RoutingHeaders.CONFIGURATION_PROPERTY, "bogus");

        assertThatThrownBy(RoutingHeaders::fromConfiguration)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bogus' in sandbox.routing.headers='bogus'");
    }

    @Test
    void attachFromUsesTheConfiguredHeaders() {
        System.setProperty(RoutingHeaders.CONFIGURATION_PROPERTY, "header:x-routing-key");
        HeaderLookup incoming = HeaderLookup.of(Map.of(
                "x-routing-key", List.of("fromheader"),
                "baggage", List.of("sd-routing-key=frombaggage")));

        try (Scope scope = RoutingContext.attachFrom(incoming)) {
            assertThat(RoutingContext.current()).contains(RoutingKey.parse("fromheader"));
        }
    }
}
