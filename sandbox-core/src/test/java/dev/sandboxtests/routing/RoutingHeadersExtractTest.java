package dev.sandboxtests.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingHeadersExtractTest {

    private final RoutingKey key = RoutingKey.parse("abc123");

    @Test
    void readsTheBaggageMemberAmongOthers() {
        HeaderLookup request = HeaderLookup.of(Map.of("baggage", List.of("user=alice, sd-routing-key=abc123;p=1 ,x=2")));

        assertThat(RoutingHeaders.defaults().extract(request)).contains(key);
    }

    @Test
    void readsTheKeyFromAnyOfSeveralBaggageLines() {
        HeaderLookup request = HeaderLookup.of(Map.of("baggage", List.of("user=alice", "sd-routing-key=abc123")));

        assertThat(RoutingHeaders.defaults().extract(request)).contains(key);
    }

    @Test
    void readsEachSignadotHeaderOnItsOwn() {
        RoutingHeaders signadot = RoutingHeaders.signadot();

        assertThat(signadot.extract(lookup("tracestate", "vendor=1,sd-routing-key=abc123"))).contains(key);
        assertThat(signadot.extract(lookup("ot-baggage-sd-routing-key", "abc123"))).contains(key);
        assertThat(signadot.extract(lookup("uberctx-sd-routing-key", " abc123 "))).contains(key);
        assertThat(signadot.extract(lookup("baggage", "sd-routing-key=abc123"))).contains(key);
    }

    @Test
    void readsACustomHeader() {
        RoutingHeaders custom = RoutingHeaders.header("x-routing-key");

        assertThat(custom.extract(lookup("X-Routing-Key", "abc123"))).contains(key);
        assertThat(custom.extract(lookup("baggage", "sd-routing-key=abc123"))).isEmpty();
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        HeaderLookup request = HeaderLookup.of(Map.of("BAGGAGE", List.of("sd-routing-key=abc123")));

        assertThat(RoutingHeaders.defaults().extract(request)).contains(key);
    }

    @Test
    void noKeyMeansEmpty() {
        assertThat(RoutingHeaders.signadot().extract(HeaderLookup.none())).isEmpty();
        assertThat(RoutingHeaders.signadot().extract(lookup("baggage", "user=alice"))).isEmpty();
        assertThat(RoutingHeaders.signadot().extract(lookup("tracestate", "vendor=1"))).isEmpty();
    }

    @Test
    void whatMergeWritesExtractReads() {
        RoutingKey random = RoutingKey.random();
        for (RoutingHeaders headers : List.of(RoutingHeaders.defaults(), RoutingHeaders.signadot(),
                RoutingHeaders.header("x-routing-key"))) {
            Map<String, String> written = headers.headersFor(random);
            HeaderLookup request = name -> written.containsKey(name) ? List.of(written.get(name)) : List.of();

            assertThat(headers.extract(request)).as("%s", headers).contains(random);
        }
    }

    @Test
    void anInvalidKeyInBaggageIsReportedWithTheHeaderName() {
        assertThatThrownBy(() -> RoutingHeaders.defaults().extract(lookup("baggage", "sd-routing-key=NOT_VALID")))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessageStartingWith("Header 'baggage': Invalid routing key 'NOT_VALID'");
    }

    @Test
    void aPercentEncodedLineBreakInBaggageIsRejectedWithoutBeingPrinted() {
        assertThatThrownBy(() -> RoutingHeaders.defaults().extract(lookup("baggage", "sd-routing-key=abc%0D%0Ax")))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessageStartingWith("Header 'baggage': ")
                .hasMessageContaining("CR")
                .message().doesNotContain("\r", "\n");
    }

    @Test
    void anInvalidKeyInOtherHeadersIsReportedWithTheirNames() {
        assertThatThrownBy(() -> RoutingHeaders.signadot().extract(lookup("tracestate", "sd-routing-key=a;b")))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessageStartingWith("Header 'tracestate': ");
        assertThatThrownBy(() -> RoutingHeaders.header("X-Routing-Key").extract(lookup("x-routing-key", "a".repeat(64))))
                .isInstanceOf(InvalidRoutingKeyException.class)
                .hasMessageStartingWith("Header 'x-routing-key': ")
                .hasMessageContaining("at most 63 characters");
    }

    private static HeaderLookup lookup(String name, String value) {
        return HeaderLookup.of(Map.of(name, List.of(value)));
    }
}
