package dev.sandboxtests.routing.jdkhttp;

import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.net.http.HttpRequest;

/**
 * Passes the current routing key on to outgoing {@code java.net.http} requests.
 *
 * <pre>{@code
 * HttpRequest request = RoutedHttpRequests.propagate(HttpRequest.newBuilder(pricingUri)).GET().build();
 * }</pre>
 *
 * <p>Outside a routed request (no key in {@link RoutingContext}) the builder is returned unchanged,
 * so the call goes to baseline. The other members of the current OpenTelemetry baggage are kept; a
 * routing header set on the builder before is replaced (a {@link HttpRequest.Builder} cannot be read).
 */
public final class RoutedHttpRequests {

    private RoutedHttpRequests() {
    }

    /** Adds the current key, if any, in the configured headers. */
    public static HttpRequest.Builder propagate(HttpRequest.Builder builder) {
        return propagate(builder, RoutingHeaders.fromConfiguration());
    }

    /** Adds the current key, if any, in {@code headers}. */
    public static HttpRequest.Builder propagate(HttpRequest.Builder builder, RoutingHeaders headers) {
        RoutingContext.current().ifPresent(key -> {
            // Keep the other baggage members of the current context, as instrumented clients would.
            headers.merge(key, RoutingContext.currentBaggage()).forEach(builder::setHeader);
        });
        return builder;
    }

    /** Adds {@code key} in {@code headers}, whatever the current context. */
    public static HttpRequest.Builder withKey(HttpRequest.Builder builder, RoutingKey key, RoutingHeaders headers) {
        headers.headersFor(key).forEach(builder::setHeader);
        return builder;
    }
}
