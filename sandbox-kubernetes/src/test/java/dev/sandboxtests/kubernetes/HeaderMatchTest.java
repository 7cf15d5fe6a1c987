package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The expressions the mesh matches headers with select exactly the requests a router of ours would send to the fork.
 * (Envoy evaluates them as RE2, whose syntax they keep to; Java's engine agrees on it.)
 */
class HeaderMatchTest {

    private static final RoutingKey KEY = RoutingKey.parse("abc123");

    @Test
    void theBaggageMemberMatchesAnywhereInTheListAndOnlyWithThisKey() {
        Pattern baggage = Pattern.compile(HeaderMatch.forKey(RoutingHeaders.defaults(), KEY).get(0).value());

        assertThat(baggage.matcher("sd-routing-key=abc123").matches()).isTrue();
        assertThat(baggage.matcher("userId=7, sd-routing-key = abc123;prop=1, other=x").matches()).isTrue();
        assertThat(baggage.matcher("a=b,sd-routing-key=abc123").matches()).isTrue();
        assertThat(baggage.matcher("sd-routing-key=abc1234").matches()).isFalse();
        assertThat(baggage.matcher("sd-routing-key=xabc123").matches()).isFalse();
        assertThat(baggage.matcher("my-sd-routing-key=abc123").matches()).isFalse();
        assertThat(baggage.matcher("other=sd-routing-key=abc123").matches()).isFalse();
    }

    @Test
    void theSignadotPresetMatchesFourHeadersAndACustomHeaderItsWholeValue() {
        assertThat(HeaderMatch.forKey(RoutingHeaders.signadot(), KEY))
                .extracting(HeaderMatch::header, HeaderMatch::regex)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("baggage", true),
                        org.assertj.core.groups.Tuple.tuple("tracestate", true),
                        org.assertj.core.groups.Tuple.tuple("ot-baggage-sd-routing-key", false),
                        org.assertj.core.groups.Tuple.tuple("uberctx-sd-routing-key", false));
        assertThat(HeaderMatch.forKey(RoutingHeaders.header("x-routing-key"), KEY))
                .containsExactly(new HeaderMatch("x-routing-key", false, "abc123"));
    }
}
