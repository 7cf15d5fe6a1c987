package dev.sandboxtests.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.settings.InvalidSettingException;
import dev.sandboxtests.settings.SandboxSettings;
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
        saved = System.getProperty(RoutingHeaders.SETTING.key());
    }

    @AfterEach
    void restoreProperty() {
        if (saved == null) {
            System.clearProperty(RoutingHeaders.SETTING.key());
        } else {
            System.setProperty(RoutingHeaders.SETTING.key(), saved);
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
        System.clearProperty(RoutingHeaders.SETTING.key());
        String environment = System.getenv("SANDBOX_ROUTING_HEADERS");

        assertThat(RoutingHeaders.fromConfiguration().headerNames())
                .isEqualTo(RoutingHeaders.parse(environment).headerNames());
        if (environment == null) {
            assertThat(RoutingHeaders.fromConfiguration()).isSameAs(RoutingHeaders.defaults());
        }
    }

    @Test
    void aBadSettingFailsNamingTheProperty() {
        System.setProperty(RoutingHeaders.SETTING.key(), "bogus");

        assertThatThrownBy(RoutingHeaders::fromConfiguration)
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("Setting sandbox.routing.headers ('bogus', from system property sandbox.routing.headers)"
                        + " is invalid: Unknown routing header setting 'bogus'");
    }

    @Test
    void settingsFromElsewhereChooseTheHeadersToo() {
        SandboxSettings settings = SandboxSettings.withParameters(Map.of("sandbox.routing.headers", "header:x-a"));

        assertThat(RoutingHeaders.from(settings).headerNames()).containsExactly("x-a");
    }

    @Test
    void attachFromUsesTheConfiguredHeaders() {
        System.setProperty(RoutingHeaders.SETTING.key(), "header:x-routing-key");
        HeaderLookup incoming = HeaderLookup.of(Map.of(
                "x-routing-key", List.of("fromheader"),
                "baggage", List.of("sd-routing-key=frombaggage")));

        try (Scope scope = RoutingContext.attachFrom(incoming)) {
            assertThat(RoutingContext.current()).contains(RoutingKey.parse("fromheader"));
        }
    }
}
