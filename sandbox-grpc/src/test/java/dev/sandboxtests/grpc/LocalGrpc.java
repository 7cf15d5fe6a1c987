package dev.sandboxtests.grpc;

import io.grpc.ClientInterceptor;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Real gRPC servers and channels on 127.0.0.1 (Netty), all shut down by {@link #close()}. */
final class LocalGrpc {

    /** Deadline of every call and bound of every wait, so that a broken test fails instead of hanging. */
    static final long TIMEOUT_SECONDS = 10;

    private final List<ManagedChannel> channels = new ArrayList<>();
    private final List<Server> servers = new ArrayList<>();
    private final List<ExecutorService> executors = new ArrayList<>();

    /** A running server, and the one thread that runs all its call callbacks. */
    record RunningServer(int port, ExecutorService callbackThread) {
    }

    RunningServer start(ServerServiceDefinition service) throws IOException {
        ExecutorService callbackThread = Executors.newSingleThreadExecutor();
        executors.add(callbackThread);
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0), InsecureServerCredentials.create())
                .addService(service)
                .executor(callbackThread)
                .build()
                .start();
        servers.add(server);
        return new RunningServer(server.getPort(), callbackThread);
    }

    /** A channel to {@code port}; as with {@code ManagedChannelBuilder.intercept}, the last interceptor runs first. */
    ManagedChannel channel(int port, ClientInterceptor... interceptors) {
        ManagedChannel channel = Grpc.newChannelBuilderForAddress("127.0.0.1", port, InsecureChannelCredentials.create())
                .intercept(interceptors)
                .build();
        channels.add(channel);
        return channel;
    }

    void close() throws InterruptedException {
        for (ManagedChannel channel : channels) {
            channel.shutdownNow().awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        for (Server server : servers) {
            server.shutdownNow().awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        executors.forEach(ExecutorService::shutdownNow);
    }
}
