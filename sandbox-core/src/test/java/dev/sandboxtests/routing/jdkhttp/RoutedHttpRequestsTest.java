package dev.sandboxtests.routing.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Scope;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link RoutedHttpRequests} puts on a request; the hop over real servers is in {@link RoutingHopTest}. */
class RoutedHttpRequestsTest {

    private static final URI PRICING = URI.create("http://127.0.0.1:1/prices");

    private final RoutingKey key = RoutingKey.parse("abc123");

    @Test
    void outsideARoutedRequestTheBuilderIsLeftAlone() {
        HttpRequest request = RoutedHttpRequests.propagate(HttpRequest.newBuilder(PRICING), RoutingHeaders.signadot())
                .header("baggage", "user=alice")
                .build();

        assertThat(request.headers().map()).containsOnlyKeys("baggage");
        assertThat(request.headers().allValues("baggage")).containsExactly("user=alice");
    }

    @Test
    void insideARoutedRequestTheKeyIsAdded() {
        try (Scope scope = RoutingContext.attach(key)) {
            HttpRequest request = RoutedHttpRequests.propagate(HttpRequest.newBuilder(PRICING), RoutingHeaders.signadot())
                    .build();

            assertThat(request.headers().allValues("baggage")).containsExactly("sd-routing-key=abc123");
            assertThat(request.headers().allValues("tracestate")).containsExactly("sd-routing-key=abc123");
            assertThat(request.headers().allValues("uberctx-sd-routing-key")).containsExactly("abc123");
            assertThat(request.headers().allValues("ot-baggage-sd-routing-key")).containsExactly("abc123");
        }
    }

    @Test
    void theOtherMembersOfTheCurrentBaggageAreKept() {
        Baggage baggage = Baggage.builder().put("user", "alice").put("sd-routing-key", "oldkey").build();
        try (Scope outer = baggage.makeCurrent(); Scope scope = RoutingContext.attach(key)) {
            HttpRequest request = RoutedHttpRequests.propagate(HttpRequest.newBuilder(PRICING), RoutingHeaders.defaults())
                    .build();

            assertThat(members(request.headers().allValues("baggage")))
                    .containsExactlyInAnyOrder("user=alice", "sd-routing-key=abc123");
        }
    }

    @Test
    void aKeyPutInTheBaggageByOtherInstrumentationIsPassedOn() {
        try (Scope scope = Baggage.builder().put("sd-routing-key", "fromagent").build().makeCurrent()) {
            HttpRequest request = RoutedHttpRequests.propagate(HttpRequest.newBuilder(PRICING), RoutingHeaders.header("x-key"))
                    .build();

            assertThat(request.headers().allValues("x-key")).containsExactly("fromagent");
        }
    }

    @Test
    void aRoutingHeaderSetBeforeIsReplaced() {
        try (Scope scope = RoutingContext.attach(key)) {
            HttpRequest request = RoutedHttpRequests.propagate(
                            HttpRequest.newBuilder(PRICING).header("x-key", "stale"), RoutingHeaders.header("x-key"))
                    .build();

            assertThat(request.headers().allValues("x-key")).containsExactly("abc123");
        }
    }

    @Test
    void withKeyAddsTheGivenKeyWhateverTheContext() {
        try (Scope scope = RoutingContext.attach(RoutingKey.parse("other1"))) {
            HttpRequest request = RoutedHttpRequests.withKey(HttpRequest.newBuilder(PRICING), key, RoutingHeaders.defaults())
                    .build();

            assertThat(request.headers().allValues("baggage")).containsExactly("sd-routing-key=abc123");
        }
        HttpRequest outside = RoutedHttpRequests.withKey(HttpRequest.newBuilder(PRICING), key, RoutingHeaders.header("x-key"))
                .build();
        assertThat(outside.headers().allValues("x-key")).containsExactly("abc123");
    }

    private static List<String> members(List<String> values) {
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).toList();
    }
}
