package dev.sandboxtests.samples.shop.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated mesh decides as Istio does: first matching entry, header rules, full-match regexes. */
class IstioHttpRoutesTest {

    private static final String KEY_IN_BAGGAGE = "^(.*,)?[ \\t]*sd-routing-key[ \\t]*=[ \\t]*k1[ \\t]*([;,].*)?$";

    private static Map<String, Object> entry(String name, String host, Object match) {
        return match == null ? Map.of("name", name, "route", List.of(Map.of("destination", Map.of("host", host))))
                : Map.of("name", name, "match", match, "route", List.of(Map.of("destination", Map.of("host", host))));
    }

    private static List<Object> headers(Map<String, Object> rules) {
        return List.of(Map.of("headers", rules));
    }

    @Test
    void theFirstMatchingEntryWinsAndAnEntryWithoutMatchTakesTheRest() {
        List<Object> http = List.of(
                entry("sandbox-tests-k1", "pricing-k1", headers(Map.of("baggage", Map.of("regex", KEY_IN_BAGGAGE)))),
                entry("baseline", "pricing", null),
                entry("never", "unreachable", null));

        assertThat(IstioHttpRoutes.destination(http, Map.of("baggage", "a=b, sd-routing-key=k1;p=1"))).hasValue("pricing-k1");
        assertThat(IstioHttpRoutes.destination(http, Map.of("baggage", "sd-routing-key=k12"))).hasValue("pricing");
        assertThat(IstioHttpRoutes.destination(http, Map.of())).hasValue("pricing");
    }

    @Test
    void aRegexMustMatchTheWholeValue() {
        List<Object> http = List.of(entry("fork", "fork", headers(Map.of("x-key", Map.of("regex", "k1")))));

        assertThat(IstioHttpRoutes.destination(http, Map.of("x-key", "k1"))).hasValue("fork");
        assertThat(IstioHttpRoutes.destination(http, Map.of("x-key", "xk1"))).isEmpty();
    }

    @Test
    void headersOfOneConditionMustAllHoldAndAnyConditionOfAMatchWill() {
        List<Object> http = List.of(entry("both", "both", List.of(
                Map.of("headers", Map.of("a", Map.of("exact", "1"), "b", Map.of("prefix", "x"))),
                Map.of("headers", Map.of("c", Map.of("exact", "3"))))));

        assertThat(IstioHttpRoutes.destination(http, Map.of("a", "1", "b", "xyz"))).hasValue("both");
        assertThat(IstioHttpRoutes.destination(http, Map.of("a", "1", "b", "yz"))).isEmpty();
        assertThat(IstioHttpRoutes.destination(http, Map.of("c", "3"))).hasValue("both");
    }

    @Test
    void aRuleOnWhatTheSimulationDoesNotModelIsRefusedNotIgnored() {
        List<Object> http = List.of(entry("by-uri", "x", List.of(Map.of("uri", Map.of("prefix", "/orders")))));

        assertThatThrownBy(() -> IstioHttpRoutes.destination(http, Map.of()))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("'uri'");
    }
}
