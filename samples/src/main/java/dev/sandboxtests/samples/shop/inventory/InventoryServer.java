package dev.sandboxtests.samples.shop.inventory;

import dev.sandboxtests.grpc.RoutingServerInterceptor;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * The inventory service over gRPC (plaintext HTTP/2): {@code CheckStock} and {@code ListWarehouses} of
 * {@code shop.inventory.Inventory}.
 *
 * <p>It does not run with the OpenTelemetry agent, so {@link RoutingServerInterceptor} puts the routing
 * key of each incoming call into the gRPC and OpenTelemetry context for whatever it calls next.
 *
 * <pre>{@code
 * try (InventoryServer inventory = InventoryServer.start(0, StockPolicy.standard())) {
 *     ManagedChannel channel = Grpc.newChannelBuilderForAddress("127.0.0.1", inventory.uri().getPort(),
 *             InsecureChannelCredentials.create()).build();
 *     StockReply stock = InventoryGrpc.newBlockingStub(channel).checkStock(
 *             StockRequest.newBuilder().setSku("A1").setQuantity(3).build());
 * }
 * }</pre>
 */
public final class InventoryServer implements AutoCloseable {

    private final Server server;

    private InventoryServer(Server server) {
        this.server = server;
    }

    /** Starts on 127.0.0.1:{@code port} ({@code 0} for any free port). */
    public static InventoryServer start(int port, StockPolicy policy) throws IOException {
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
                .addService(ServerInterceptors.intercept(new InventoryService(policy, Clock.systemUTC()),
                        RoutingServerInterceptor.create()))
                .build()
                .start();
        return new InventoryServer(server);
    }

    /** Where it listens, e.g. {@code http://127.0.0.1:40123} (gRPC without TLS: use {@code host:port} as target). */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
