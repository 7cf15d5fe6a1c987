package dev.sandboxtests.grpc;

import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingKey;
import io.grpc.Context;
import java.util.Optional;

/**
 * The routing key of the gRPC call being handled, as {@link RoutingServerInterceptor} puts it in the
 * gRPC {@link Context}.
 *
 * <pre>{@code
 * // inside a service method, or anywhere its gRPC Context was propagated to
 * Optional<RoutingKey> key = GrpcRoutingContext.current();
 * }</pre>
 */
public final class GrpcRoutingContext {

    /** The key of the call being handled; unset outside a routed call. */
    public static final Context.Key<RoutingKey> ROUTING_KEY = Context.key("sandbox-routing-key");

    private GrpcRoutingContext() {
    }

    /**
     * The key of the current gRPC {@link Context}, or else the key of the current OpenTelemetry
     * context ({@link RoutingContext#current()}, which also reads baggage set by the OpenTelemetry agent).
     */
    public static Optional<RoutingKey> current() {
        RoutingKey key = ROUTING_KEY.get();
        return key != null ? Optional.of(key) : RoutingContext.current();
    }
}
