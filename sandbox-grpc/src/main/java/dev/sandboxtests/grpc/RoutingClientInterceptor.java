package dev.sandboxtests.grpc;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.routing.HeaderLookup;
import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts the routing key in the metadata of outgoing gRPC calls.
 *
 * <p>In a service, pass on the key of the call or request being handled:
 *
 * <pre>{@code
 * ManagedChannel pricing = ManagedChannelBuilder.forTarget("pricing:8080")
 *         .usePlaintext()
 *         .intercept(RoutingClientInterceptor.fromContext())
 *         .build();
 * }</pre>
 *
 * <p>In a test, send every call to one sandbox (in a {@code @SandboxTest} class, channel and stub
 * parameters already do):
 *
 * <pre>{@code
 * Channel routed = ClientInterceptors.intercept(channel, RoutingClientInterceptor.forSandbox(sandbox));
 * }</pre>
 *
 * <p>The routing headers are merged with what the call's metadata already holds: baggage members put
 * there by the caller or the OpenTelemetry agent are kept, and each routing header ends up with one
 * value. A call without a key is left alone, so it goes to baseline.
 */
public final class RoutingClientInterceptor implements ClientInterceptor {

    /** Null when the key is read from the context of each call. */
    private final RoutingKey fixedKey;
    private final RoutingHeaders headers;

    private RoutingClientInterceptor(RoutingKey fixedKey, RoutingHeaders headers) {
        this.fixedKey = fixedKey;
        this.headers = MetadataHeaders.requireAsciiNames(Objects.requireNonNull(headers, "headers"));
    }

    /**
     * Passes on the key of the current gRPC {@link io.grpc.Context} (set by {@link RoutingServerInterceptor})
     * or else of the current OpenTelemetry context, in the configured headers
     * ({@link RoutingHeaders#fromConfiguration()}).
     */
    public static RoutingClientInterceptor fromContext() {
        return fromContext(RoutingHeaders.fromConfiguration());
    }

    /**
     * As {@link #fromContext()}, in {@code headers}.
     *
     * @throws IllegalArgumentException if one of the headers cannot be gRPC metadata
     */
    public static RoutingClientInterceptor fromContext(RoutingHeaders headers) {
        return new RoutingClientInterceptor(null, headers);
    }

    /** Sends {@code key} on every call, whatever the context, in the configured headers. */
    public static RoutingClientInterceptor forKey(RoutingKey key) {
        return forKey(key, RoutingHeaders.fromConfiguration());
    }

    /**
     * Sends {@code key} on every call, whatever the context, in {@code headers}.
     *
     * @throws IllegalArgumentException if one of the headers cannot be gRPC metadata
     */
    public static RoutingClientInterceptor forKey(RoutingKey key, RoutingHeaders headers) {
        return new RoutingClientInterceptor(Objects.requireNonNull(key, "key"), headers);
    }

    /**
     * Sends {@code sandbox}'s key on every call, in the headers the sandbox uses.
     *
     * @throws IllegalArgumentException if one of the sandbox's headers cannot be gRPC metadata
     */
    public static RoutingClientInterceptor forSandbox(Sandbox sandbox) {
        return forKey(sandbox.routingKey(), sandbox.routingHeaders());
    }

    @Override
    public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
            MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
        // The context is read when the call is created, in the caller's thread, as gRPC captures its own.
        Optional<RoutingKey> key = fixedKey != null ? Optional.of(fixedKey) : GrpcRoutingContext.current();
        ClientCall<ReqT, RespT> call = next.newCall(method, callOptions);
        if (key.isEmpty()) {
            return call;
        }
        HeaderLookup fromContext = fixedKey != null ? HeaderLookup.none() : RoutingContext.currentBaggage();
        return new SimpleForwardingClientCall<>(call) {
            @Override
            public void start(Listener<RespT> responseListener, Metadata metadata) {
                HeaderLookup existing = preferring(MetadataHeaders.lookup(metadata), fromContext);
                MetadataHeaders.replace(metadata, headers.merge(key.get(), existing));
                super.start(responseListener, metadata);
            }
        };
    }

    /** What the caller put in the metadata; for headers it left out, what the context holds. */
    private static HeaderLookup preferring(HeaderLookup metadata, HeaderLookup context) {
        return name -> {
            List<String> values = metadata.values(name);
            return values.isEmpty() ? context.values(name) : values;
        };
    }

    @Override
    public String toString() {
        return "RoutingClientInterceptor[" + (fixedKey != null ? "key " + fixedKey : "from context") + ", "
                + headers.headerNames() + "]";
    }
}
