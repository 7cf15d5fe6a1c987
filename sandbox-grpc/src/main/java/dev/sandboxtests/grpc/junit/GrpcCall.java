package dev.sandboxtests.grpc.junit;

import com.google.protobuf.util.JsonFormat;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.grpc.RoutingClientInterceptor;
import dev.sandboxtests.junit.SmartCall;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.MethodType;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A gRPC call for a {@link dev.sandboxtests.junit.SmartTest}: the same method and request messages go
 * to baseline and to the fork, and the outcomes (status, messages, trailers) are compared with
 * smart-diff. Messages are compared as JSON (protobuf's {@link JsonFormat}), so paths are the proto3
 * JSON field names: {@code /available}, or {@code /0/name} for the first message of a stream.
 *
 * <pre>{@code
 * @Test
 * void onlyTheAvailableUnitsChange(SmartTest smart) {
 *     StockRequest request = StockRequest.newBuilder().setSku("A1").setQuantity(3).build();
 *
 *     BehaviorDiff diff = smart.call("inventory", GrpcCall.unary(InventoryGrpc.getCheckStockMethod(), request));
 *
 *     assertThat(diff).hasOnlyChangesAt("/available");
 * }
 *
 * @Test
 * void theWarehouseListIsUnchanged(SmartTest smart) {
 *     assertThat(smart.call("inventory", GrpcCall.serverStreaming(InventoryGrpc.getListWarehousesMethod(),
 *             WarehousesRequest.getDefaultInstance()))).hasNoRelevantChanges();
 * }
 * }</pre>
 *
 * <p>How an outcome is captured — status code number as status, {@code grpc-status}/{@code grpc-message}
 * and trailers as headers, messages as the body — is described on {@link #send}. A status code change
 * is therefore a {@code HIGH} difference at {@code status}. Every call has a deadline (30 seconds unless
 * {@link #withDeadline} says otherwise), so a fork that hangs fails the test instead of hanging it.
 *
 * <p>Instances are immutable; the {@code with…} methods return new ones.
 *
 * @param <Q> the request message type
 * @param <R> the response message type
 */
public final class GrpcCall<Q, R> implements SmartCall {

    /** A stream longer than this is not compared: the test should ask for a bounded one. */
    public static final int MAX_MESSAGES = 10_000;

    private static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);
    /** How long after the deadline we still wait for gRPC to report the call closed. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final MethodDescriptor<Q, R> method;
    private final List<Q> requests;
    private final Metadata headers;
    private final Duration deadline;
    private final JsonFormat.TypeRegistry types;
    private final int maxMessageSize;

    private GrpcCall(MethodDescriptor<Q, R> method, List<Q> requests, Metadata headers, Duration deadline,
                     JsonFormat.TypeRegistry types, int maxMessageSize) {
        this.method = method;
        this.requests = requests;
        this.headers = headers;
        this.deadline = deadline;
        this.types = types;
        this.maxMessageSize = maxMessageSize;
    }

    /** A unary call: one request, one response. */
    public static <Q, R> GrpcCall<Q, R> unary(MethodDescriptor<Q, R> method, Q request) {
        return of(method, MethodType.UNARY, List.of(Objects.requireNonNull(request, "request")));
    }

    /** A server-streaming call: one request; the responses are compared as an ordered sequence. */
    public static <Q, R> GrpcCall<Q, R> serverStreaming(MethodDescriptor<Q, R> method, Q request) {
        return of(method, MethodType.SERVER_STREAMING, List.of(Objects.requireNonNull(request, "request")));
    }

    /** A client-streaming call: {@code requests} in order, then one response. */
    public static <Q, R> GrpcCall<Q, R> clientStreaming(MethodDescriptor<Q, R> method, List<Q> requests) {
        return of(method, MethodType.CLIENT_STREAMING, List.copyOf(requests));
    }

    /**
     * A bidirectional call: all {@code requests} are sent, then the client half-closes and every
     * response until the server closes is compared as an ordered sequence.
     */
    public static <Q, R> GrpcCall<Q, R> bidiStreaming(MethodDescriptor<Q, R> method, List<Q> requests) {
        return of(method, MethodType.BIDI_STREAMING, List.copyOf(requests));
    }

    private static <Q, R> GrpcCall<Q, R> of(MethodDescriptor<Q, R> method, MethodType expected, List<Q> requests) {
        Objects.requireNonNull(method, "method");
        if (method.getType() != expected) {
            throw new IllegalArgumentException(method.getFullMethodName() + " is a " + method.getType()
                    + " method; use GrpcCall." + factoryFor(method.getType()) + "(…) for it.");
        }
        return new GrpcCall<>(method, requests, new Metadata(), DEFAULT_DEADLINE,
                JsonFormat.TypeRegistry.getEmptyTypeRegistry(), GrpcChannels.DEFAULT_MAX_MESSAGE_SIZE);
    }

    private static String factoryFor(MethodType type) {
        switch (type) {
            case UNARY: return "unary";
            case SERVER_STREAMING: return "serverStreaming";
            case CLIENT_STREAMING: return "clientStreaming";
            default: return "bidiStreaming";
        }
    }

    /** Sends {@code value} in the ASCII header {@code name} on both sides (the fork also gets the routing key). */
    public GrpcCall<Q, R> withHeader(String name, String value) {
        Metadata more = new Metadata();
        more.merge(headers);
        more.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value);
        return new GrpcCall<>(method, requests, more, deadline, types, maxMessageSize);
    }

    /** Each side must answer within {@code deadline}, or its outcome is DEADLINE_EXCEEDED. */
    public GrpcCall<Q, R> withDeadline(Duration deadline) {
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("The deadline must be positive, but was " + deadline);
        }
        return new GrpcCall<>(method, requests, headers, deadline, types, maxMessageSize);
    }

    /** The message types that {@code google.protobuf.Any} fields in responses may hold, to print them as JSON. */
    public GrpcCall<Q, R> withTypeRegistry(JsonFormat.TypeRegistry registry) {
        return new GrpcCall<>(method, requests, headers, deadline, Objects.requireNonNull(registry, "registry"),
                maxMessageSize);
    }

    /**
     * Accepts response messages of up to {@code bytes} (gRPC's default is 4 MiB; a larger message is
     * captured as {@code RESOURCE_EXHAUSTED}).
     */
    public GrpcCall<Q, R> withMaxMessageSize(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("The maximum message size must be positive, but was " + bytes);
        }
        return new GrpcCall<>(method, requests, headers, deadline, types, bytes);
    }

    /**
     * Makes the call on a fresh channel to {@code target} (with the routing key for the fork) and
     * captures: the status code's number as status; response headers and trailers as headers, and for a
     * failed call also {@code grpc-status} (the code's name) and {@code grpc-message} (the description);
     * the messages as JSON, one object for unary and client-streaming methods, an array for the
     * streaming-response ones.
     */
    @Override
    public Capture send(Target target) throws InterruptedException {
        ManagedChannel channel = GrpcChannels.open(target.endpoint(),
                target.routingKey().map(key -> RoutingClientInterceptor.forKey(key, target.routingHeaders())),
                maxMessageSize);
        try {
            ClientCall<Q, R> call = channel.newCall(method,
                    CallOptions.DEFAULT.withDeadlineAfter(deadline.toNanos(), TimeUnit.NANOSECONDS));
            CallRecorder<R> recorder = new CallRecorder<>(call, MAX_MESSAGES);
            Metadata metadata = new Metadata();
            metadata.merge(headers);
            call.start(recorder, metadata);
            call.request(1);
            requests.forEach(call::sendMessage);
            call.halfClose();
            CallRecorder.Outcome<R> outcome = recorder.await(deadline.plus(GRACE), target.toString());
            boolean streamingResponses = !method.getType().serverSendsOneMessage();
            return GrpcCaptures.of(outcome, streamingResponses, printer());
        } finally {
            GrpcChannels.close(channel);
        }
    }

    private JsonFormat.Printer printer() {
        return JsonFormat.printer().usingTypeRegistry(types).alwaysPrintFieldsWithNoPresence()
                .omittingInsignificantWhitespace();
    }

    /** The gRPC method, as grpcurl names it: {@code gRPC inventory.Inventory/CheckStock}. */
    @Override
    public Optional<Request> request() {
        return Optional.of(new Request("gRPC", method.getFullMethodName()));
    }

    @Override
    public String toString() {
        return "gRPC " + method.getFullMethodName();
    }
}
