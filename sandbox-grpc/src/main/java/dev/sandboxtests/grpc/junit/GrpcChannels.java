package dev.sandboxtests.grpc.junit;

import dev.sandboxtests.grpc.RoutingClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Plaintext channels to a service's entry point, with or without a routing key. */
final class GrpcChannels {

    /** grpc-java's own default: 4 MiB. */
    static final int DEFAULT_MAX_MESSAGE_SIZE = 4 * 1024 * 1024;

    private GrpcChannels() {
    }

    /**
     * A channel to {@code endpoint} (an {@code http://host:port} URI of the sandbox) whose calls go
     * through {@code routing} when present.
     */
    static ManagedChannel open(URI endpoint, Optional<RoutingClientInterceptor> routing) {
        return open(endpoint, routing, DEFAULT_MAX_MESSAGE_SIZE);
    }

    /** As {@link #open(URI, Optional)}, accepting response messages of up to {@code maxMessageSize} bytes. */
    static ManagedChannel open(URI endpoint, Optional<RoutingClientInterceptor> routing, int maxMessageSize) {
        if (endpoint.getHost() == null || endpoint.getPort() < 0) {
            throw new IllegalArgumentException("The service endpoint " + endpoint + " has no host and port for a gRPC channel.");
        }
        ManagedChannelBuilder<?> builder = ManagedChannelBuilder.forAddress(endpoint.getHost(), endpoint.getPort())
                .usePlaintext()
                .maxInboundMessageSize(maxMessageSize);
        routing.ifPresent(builder::intercept);
        return builder.build();
    }

    /** Shuts {@code channel} down, cancelling calls still running, and waits briefly for its threads. */
    static void close(ManagedChannel channel) {
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
