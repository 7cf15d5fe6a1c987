package dev.sandboxtests.grpc;

import dev.sandboxtests.routing.HeaderLookup;
import dev.sandboxtests.routing.InvalidRoutingKeyException;
import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.opentelemetry.context.Scope;
import java.util.Optional;

/**
 * Makes the routing key of each incoming gRPC call current while the service handles it, so that the
 * service's own calls carry it on: gRPC calls through {@link RoutingClientInterceptor#fromContext()},
 * HTTP calls through {@code RoutedHttpRequests} or the OpenTelemetry agent.
 *
 * <pre>{@code
 * Server server = ServerBuilder.forPort(8080)
 *         .addService(ServerInterceptors.intercept(new OrdersService(), RoutingServerInterceptor.create()))
 *         .build();
 * }</pre>
 *
 * <p>The key goes into the gRPC {@link Context} ({@link GrpcRoutingContext}) and, for the start of the
 * call and each of its callbacks, into the current OpenTelemetry context together with the call's other
 * baggage members ({@link RoutingContext}). This covers unary and streaming calls alike. A call without
 * a key passes through unchanged, so its calls go to baseline. A call with a malformed key or two
 * different keys ({@link RoutingHeaders#extract}) is closed with {@link Status#INVALID_ARGUMENT}, whose
 * description names the header and the problem, and never reaches the service.
 *
 * <p>Work the service hands to other threads sees the key only if it propagates the context, e.g.
 * with {@code Context.current().wrap(runnable)} of gRPC and OpenTelemetry.
 */
public final class RoutingServerInterceptor implements ServerInterceptor {

    private final RoutingHeaders headers;

    private RoutingServerInterceptor(RoutingHeaders headers) {
        this.headers = headers;
    }

    /** Reads the headers chosen by configuration ({@link RoutingHeaders#fromConfiguration()}). */
    public static RoutingServerInterceptor create() {
        return create(RoutingHeaders.fromConfiguration());
    }

    /**
     * Reads the key from {@code headers}.
     *
     * @throws IllegalArgumentException if one of the headers cannot be gRPC metadata
     */
    public static RoutingServerInterceptor create(RoutingHeaders headers) {
        return new RoutingServerInterceptor(MetadataHeaders.requireAsciiNames(headers));
    }

    @Override
    @SuppressWarnings("try") // the scope is only closed, never read
    public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(
            ServerCall<ReqT, RespT> call, Metadata metadata, ServerCallHandler<ReqT, RespT> next) {
        HeaderLookup incoming = MetadataHeaders.lookup(metadata);
        Optional<io.opentelemetry.context.Context> routed;
        try {
            routed = RoutingContext.fromIncoming(io.opentelemetry.context.Context.current(), incoming, headers);
        } catch (InvalidRoutingKeyException e) {
            call.close(Status.INVALID_ARGUMENT.withDescription(rejection(call, e)), new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        if (routed.isEmpty()) {
            return next.startCall(call, metadata);
        }
        RoutingKey key = RoutingContext.from(routed.get()).orElseThrow();
        Context withKey = Context.current().withValue(GrpcRoutingContext.ROUTING_KEY, key);
        ServerCall.Listener<ReqT> listener;
        // Streaming handlers run service code when the call starts (to create the request observer).
        try (Scope scope = routed.get().makeCurrent()) {
            listener = Contexts.interceptCall(withKey, call, metadata, next);
        }
        return new RoutingContextListener<>(listener, routed.get());
    }

    private static String rejection(ServerCall<?, ?> call, InvalidRoutingKeyException e) {
        return "RoutingServerInterceptor rejected the call to " + call.getMethodDescriptor().getFullMethodName()
                + ", which reached no service code: " + e.getMessage();
    }

    @Override
    public String toString() {
        return "RoutingServerInterceptor" + headers.headerNames();
    }
}
