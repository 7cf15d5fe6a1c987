package dev.sandboxtests.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Merging the key into what a request already carries: nothing set by other tools may be lost. */
class RoutingHeadersMergeTest {

    private final RoutingKey key = RoutingKey.parse("newkey42");

    @Test
    void keepsOtherBaggageMembersAndTheirProperties() {
        HeaderLookup existing = HeaderLookup.of(Map.of("baggage", List.of("user=alice;tier=gold,region=eu")));

        String baggage = RoutingHeaders.defaults().merge(key, existing).get("baggage");

        assertThat(members(baggage)).containsExactlyInAnyOrder(
                "user=alice;tier=gold", "region=eu", "sd-routing-key=newkey42");
    }

    @Test
    void replacesAnOldRoutingKeyMember() {
        HeaderLookup existing = HeaderLookup.of(Map.of("baggage", List.of("sd-routing-key=oldkey;p=1,other=1")));

        String baggage = RoutingHeaders.defaults().merge(key, existing).get("baggage");

        assertThat(baggage).isEqualTo("sd-routing-key=newkey42,other=1");
    }

    @Test
    void mergesSeveralBaggageHeaderLines() {
        HeaderLookup existing = HeaderLookup.of(Map.of("Baggage", List.of("a=1", "sd-routing-key=oldkey", "b=2")));

        String baggage = RoutingHeaders.defaults().merge(key, existing).get("baggage");

        assertThat(members(baggage)).containsExactlyInAnyOrder("a=1", "b=2", "sd-routing-key=newkey42");
    }

    @Test
    void copiesOtherMembersAsReceivedWithoutReEncodingThem() {
        HeaderLookup existing = HeaderLookup.of(Map.of("baggage", List.of("note=a%20b%2Cc;src=web , user=alice")));

        String baggage = RoutingHeaders.defaults().merge(key, existing).get("baggage");

        assertThat(baggage).isEqualTo("sd-routing-key=newkey42,note=a%20b%2Cc;src=web,user=alice");
        assertThat(RoutingHeaders.defaults().extract(HeaderLookup.of(Map.of("baggage", List.of(baggage)))))
                .contains(key);
    }

    @Test
    void dropsMembersThatAreNotHeaderText() {
        HeaderLookup existing = HeaderLookup.of(Map.of("baggage", List.of("a=1,b=2\r\nx-admin: true,c=\u00e9")));

        String baggage = RoutingHeaders.defaults().merge(key, existing).get("baggage");

        assertThat(baggage).isEqualTo("sd-routing-key=newkey42,a=1");
    }

    @Test
    void doesNotMistakeAMemberWhoseNameMerelyStartsLikeTheKeyForIt() {
        HeaderLookup existing = HeaderLookup.of(Map.of("baggage", List.of("sd-routing-key-v2=x,sd-routing-key = oldkey")));

        String baggage = RoutingHeaders.defaults().merge(key, existing).get("baggage");

        assertThat(baggage).isEqualTo("sd-routing-key=newkey42,sd-routing-key-v2=x");
    }

    @Test
    void movesTheTraceStateMemberToTheFrontAndKeepsTheOthers() {
        HeaderLookup existing = HeaderLookup.of(Map.of("tracestate", List.of("vendor=abc,sd-routing-key=oldkey", "other=x")));

        String tracestate = RoutingHeaders.signadot().merge(key, existing).get("tracestate");

        assertThat(tracestate).isEqualTo("sd-routing-key=newkey42,vendor=abc,other=x");
    }

    @Test
    void keepsTraceStateWithinThirtyTwoMembers() {
        String forty = IntStream.range(0, 40).mapToObj(i -> "v" + i + "=x").collect(Collectors.joining(","));
        HeaderLookup existing = HeaderLookup.of(Map.of("tracestate", List.of(forty)));

        String tracestate = RoutingHeaders.signadot().merge(key, existing).get("tracestate");

        assertThat(tracestate.split(",")).hasSize(32).startsWith("sd-routing-key=newkey42", "v0=x");
    }

    @Test
    void replacesPlainHeadersWithTheKey() {
        HeaderLookup existing = HeaderLookup.of(Map.of("uberctx-sd-routing-key", List.of("oldkey")));

        Map<String, String> toSet = RoutingHeaders.signadot().merge(key, existing);

        assertThat(toSet).containsEntry("uberctx-sd-routing-key", "newkey42")
                .containsEntry("ot-baggage-sd-routing-key", "newkey42");
    }

    @Test
    void theMergedHeadersCannotBeModified() {
        Map<String, String> toSet = RoutingHeaders.defaults().headersFor(key);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> toSet.put("baggage", "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<String> members(String baggage) {
        return Arrays.stream(baggage.split(",")).map(String::trim).toList();
    }
}
