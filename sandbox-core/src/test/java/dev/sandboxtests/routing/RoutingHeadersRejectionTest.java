package dev.sandboxtests.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A routing header that is there but malformed, or headers that carry two different keys, never read as
 * "no key": such a request would silently go to baseline while its test believes it talks to its fork.
 */
class RoutingHeadersRejectionTest {

    private final RoutingKey key = RoutingKey.parse("abc123");

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.sandboxtests.routing.MalformedRoutingHeaders#cases")
    void aMalformedOrAmbiguousKeyIsRejectedNamingTheHeaderAndTheProblem(MalformedRoutingHeaders.Case request) {
        rejected(RoutingHeaders.signadot(), request.headers()).hasMessageStartingWith(request.reason());
    }

    @Test
    void theOffendingCharacterIsNamed() {
        rejected(RoutingHeaders.defaults(), Map.of("baggage", List.of("user=alice,sd-routing-key=abé")))
                .hasMessageContaining("character 'é' at index 2");
        rejected(RoutingHeaders.defaults(), Map.of("baggage", List.of("sd-routing-key=ab c")))
                .hasMessageContaining("character U+0020 at index 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sd-routing-key= ;p=1", "sd-routing-key", "user=alice, sd-routing-key=,x=1"})
    void anEmptyKeyIsRejectedWhateverSurroundsIt(String baggage) {
        rejected(RoutingHeaders.defaults(), Map.of("baggage", List.of(baggage)))
                .hasMessage("Header 'baggage': A routing key must not be empty.");
    }

    @Test
    void headersOfOtherPresetsCanDisagreeToo() {
        rejected(RoutingHeaders.parse("baggage,header:x-routing-key"), Map.of(
                "baggage", List.of("sd-routing-key=abc123"),
                "x-routing-key", List.of("def456")))
                .hasMessageStartingWith("Headers 'baggage' and 'x-routing-key' carry two different routing keys");
    }

    @Test
    void aMalformedKeyIsRejectedEvenBesideAValidOneInAnotherHeader() {
        rejected(RoutingHeaders.signadot(), Map.of(
                "baggage", List.of("sd-routing-key=abc123"),
                "uberctx-sd-routing-key", List.of("  ")))
                .hasMessage("Header 'uberctx-sd-routing-key': A routing key must not be empty.");
    }

    @Test
    void otherHeadersRejectEmptyAndDifferentKeysTheSameWay() {
        rejected(RoutingHeaders.signadot(), Map.of("tracestate", List.of("vendor=1,sd-routing-key=")))
                .hasMessage("Header 'tracestate': A routing key must not be empty.");
        rejected(RoutingHeaders.signadot(), Map.of("tracestate", List.of("sd-routing-key=abc123,sd-routing-key=def456")))
                .hasMessageStartingWith("Header 'tracestate' carries two different routing keys");
        rejected(RoutingHeaders.header("x-routing-key"), Map.of("x-routing-key", List.of("abc123", "def456")))
                .hasMessageStartingWith("Header 'x-routing-key' carries two different routing keys");
        rejected(RoutingHeaders.header("x-routing-key"), Map.of("x-routing-key", List.of("")))
                .hasMessage("Header 'x-routing-key': A routing key must not be empty.");
    }

    @Test
    void theSameKeyRepeatedIsOneKey() {
        assertThat(RoutingHeaders.defaults().extract(HeaderLookup.of(Map.of(
                "baggage", List.of("sd-routing-key=abc123", "user=alice, sd-routing-key=%61bc123;p=1")))))
                .as("twice in baggage, once percent-encoded").contains(key);
        assertThat(RoutingHeaders.signadot().extract(HeaderLookup.of(Map.of(
                "baggage", List.of("sd-routing-key=abc123"),
                "tracestate", List.of("sd-routing-key=abc123"),
                "ot-baggage-sd-routing-key", List.of("abc123"),
                "uberctx-sd-routing-key", List.of(" abc123 ")))))
                .as("in every header of the signadot preset").contains(key);
    }

    @Test
    void malformedMembersOfOthersAreNoneOfOurBusiness() {
        assertThat(RoutingHeaders.defaults().extract(HeaderLookup.of(Map.of(
                "baggage", List.of("user=al ice,broken, =x,sd-routing-key=abc123,other=")))))
                .contains(key);
        assertThat(RoutingHeaders.defaults().extract(HeaderLookup.of(Map.of(
                "baggage", List.of("sd-routing-keys=x y,my-sd-routing-key=")))))
                .isEmpty();
    }

    @Test
    void whitespaceAroundTheMemberAndItsValueIsAllowed() {
        assertThat(RoutingHeaders.defaults().extract(HeaderLookup.of(Map.of(
                "baggage", List.of("user=alice ,\t sd-routing-key = abc123 ;p=1 , x=2")))))
                .contains(key);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> rejected(RoutingHeaders headers,
            Map<String, List<String>> request) {
        return assertThatThrownBy(() -> headers.extract(HeaderLookup.of(request)))
                .as("%s reading %s", headers, request)
                .isInstanceOf(InvalidRoutingKeyException.class);
    }
}
