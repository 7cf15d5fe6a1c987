package dev.sandboxtests.grpc.junit;

import dev.sandboxtests.grpc.RoutingClientInterceptor;
import dev.sandboxtests.grpc.RoutingServerInterceptor;
import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoReply;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.local.RunningService;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/**
 * A service in front of echo: its {@code Say} asks echo (through echo's routed entry point) and
 * answers with echo's reply. It has no routing code but the two interceptors, so a fork of echo is
 * reached on the second hop only if the key travels through it.
 */
final class RelayServer extends EchoGrpc.EchoImplBase {

    private final ManagedChannel echo;

    private RelayServer(URI echoEndpoint) {
        this.echo = NettyChannelBuilder.forAddress(echoEndpoint.getHost(), echoEndpoint.getPort())
                .usePlaintext()
                .intercept(RoutingClientInterceptor.fromContext())
                .build();
    }

    static RunningService start(URI echoEndpoint) throws IOException {
        RelayServer relay = new RelayServer(echoEndpoint);
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(ServerInterceptors.intercept(relay, RoutingServerInterceptor.create()))
                .build()
                .start();
        return RunningService.inJvm(URI.create("http://127.0.0.1:" + server.getPort()), () -> {
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            relay.echo.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        });
    }

    @Override
    public void say(EchoRequest request, StreamObserver<EchoReply> reply) {
        try {
            reply.onNext(EchoGrpc.newBlockingStub(echo).withDeadlineAfter(10, TimeUnit.SECONDS).say(request));
            reply.onCompleted();
        } catch (StatusRuntimeException e) {
            reply.onError(e);
        }
    }
}
