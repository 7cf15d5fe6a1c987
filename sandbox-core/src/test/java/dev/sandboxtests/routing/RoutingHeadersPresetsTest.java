package dev.sandboxtests.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingHeadersPresetsTest {

    private final RoutingKey key = RoutingKey.parse("k3v9x0q2m8a7c1zt");

    @Test
    void defaultsCarryTheKeyAsABaggageMember() {
        RoutingHeaders headers = RoutingHeaders.defaults();

        assertThat(headers.headerNames()).containsExactly("baggage");
        assertThat(headers.headersFor(key)).containsExactly(entry("baggage", "sd-routing-key=k3v9x0q2m8a7c1zt"));
    }

    @Test
    void signadotWritesEveryHeaderSignadotProxiesSet() {
        RoutingHeaders headers = RoutingHeaders.signadot();

        assertThat(headers.headerNames())
                .containsExactlyInAnyOrder("baggage", "tracestate", "ot-baggage-sd-routing-key", "uberctx-sd-routing-key");
        assertThat(headers.headersFor(key)).containsExactly(
                entry("baggage", "sd-routing-key=k3v9x0q2m8a7c1zt"),
                entry("tracestate", "sd-routing-key=k3v9x0q2m8a7c1zt"),
                entry("ot-baggage-sd-routing-key", "k3v9x0q2m8a7c1zt"),
                entry("uberctx-sd-routing-key", "k3v9x0q2m8a7c1zt"));
    }

    @Test
    void aCustomHeaderCarriesTheBareKeyUnderALowerCaseName() {
        RoutingHeaders headers = RoutingHeaders.header("X-Routing-Key");

        assertThat(headers.headerNames()).containsExactly("x-routing-key");
        assertThat(headers.headersFor(key)).containsExactly(entry("x-routing-key", "k3v9x0q2m8a7c1zt"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aCustomHeaderNeedsAName(String name) {
        assertThatThrownBy(() -> RoutingHeaders.header(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A routing header name must not be empty.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x routing", "x-routing:", "x-routing\r\n", "x(routing)", "x-röuting"})
    void aCustomHeaderNameMustBeAnHttpToken(String name) {
        assertThatThrownBy(() -> RoutingHeaders.header(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid routing header name")
                .hasMessageContaining("only letters, digits and !#$%&'*+-.^_`|~ are allowed");
    }

    @Test
    void parsesACommaSeparatedConfiguration() {
        RoutingHeaders headers = RoutingHeaders.parse("baggage, header:x-routing-key");

        assertThat(headers.headerNames()).containsExactly("baggage", "x-routing-key");
        assertThat(headers.headersFor(key)).containsExactly(
                entry("baggage", "sd-routing-key=k3v9x0q2m8a7c1zt"),
                entry("x-routing-key", "k3v9x0q2m8a7c1zt"));
    }

    @Test
    void parsesPresetNamesCaseInsensitively() {
        assertThat(RoutingHeaders.parse("SIGNADOT").headerNames())
                .isEqualTo(RoutingHeaders.signadot().headerNames());
        assertThat(RoutingHeaders.parse("Header:X-Key").headerNames()).containsExactly("x-key");
    }

    @Test
    void combiningPresetsNamesEachHeaderOnce() {
        RoutingHeaders headers = RoutingHeaders.parse("baggage,signadot,header:uberctx-sd-routing-key");

        assertThat(headers.headerNames()).hasSize(4);
        assertThat(headers.headersFor(key)).hasSize(4);
        assertThat(headers.toString())
                .isEqualTo("RoutingHeaders[baggage, tracestate, ot-baggage-sd-routing-key, uberctx-sd-routing-key]");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankConfigurationMeansDefaults(String configuration) {
        assertThat(RoutingHeaders.parse(configuration)).isSameAs(RoutingHeaders.defaults());
    }

    @Test
    void anUnknownSettingIsNamedWithTheAcceptedForms() {
        assertThatThrownBy(() -> RoutingHeaders.parse("baggage,bogus"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown routing header setting 'bogus' in 'baggage,bogus'."
                        + " Use a comma-separated list of: baggage, signadot, header:<name>");
    }

    @Test
    void aHeaderSettingWithoutANameIsRejected() {
        assertThatThrownBy(() -> RoutingHeaders.parse("header:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be empty");
    }
}
