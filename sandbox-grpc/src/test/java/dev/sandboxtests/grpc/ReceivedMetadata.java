package dev.sandboxtests.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Records the metadata of every call a server receives, as it arrived on the wire. */
final class ReceivedMetadata implements ServerInterceptor {

    private final ConcurrentLinkedQueue<Metadata> received = new ConcurrentLinkedQueue<>();

    @Override
    public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(
            ServerCall<ReqT, RespT> call, Metadata metadata, ServerCallHandler<ReqT, RespT> next) {
        received.add(metadata);
        return next.startCall(call, metadata);
    }

    /** The values of the ASCII entry {@code name} in the only call received. */
    List<String> values(String name) {
        Iterable<String> values = onlyCall().getAll(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER));
        List<String> result = new ArrayList<>();
        if (values != null) {
            values.forEach(result::add);
        }
        return result;
    }

    /** The names of all entries in the only call received. */
    List<String> names() {
        return List.copyOf(onlyCall().keys());
    }

    private Metadata onlyCall() {
        if (received.size() != 1) {
            throw new AssertionError("Expected exactly one call, but the server received " + received.size());
        }
        return received.peek();
    }
}
