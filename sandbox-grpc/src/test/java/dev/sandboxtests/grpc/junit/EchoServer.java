package dev.sandboxtests.grpc.junit;

import dev.sandboxtests.grpc.GrpcRoutingContext;
import dev.sandboxtests.grpc.RoutingServerInterceptor;
import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoReply;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.grpc.test.RepeatRequest;
import dev.sandboxtests.local.RunningService;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The test environment's gRPC echo service, a real server on 127.0.0.1. The baseline echoes; the
 * {@code loud} fork shouts (upper case) and rejects empty text; the {@code breaks-mid-stream} fork
 * chats like the baseline until it reads the text {@code break}, and then shuts its whole server down
 * in the middle of the chat, so that the caller decides when the stream breaks. Text {@code whoami}
 * answers with the instance and the routing key it saw.
 */
final class EchoServer extends EchoGrpc.EchoImplBase {

    enum Behaviour { ECHO, LOUD, BREAKS_MID_STREAM }

    private final String name;
    private final Behaviour behaviour;
    private volatile Server server;

    private EchoServer(String name, Behaviour behaviour) {
        this.name = name;
        this.behaviour = behaviour;
    }

    static RunningService start(String name, Behaviour behaviour) throws IOException {
        EchoServer echo = new EchoServer(name, behaviour);
        echo.server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(ServerInterceptors.intercept(echo, RoutingServerInterceptor.create()))
                .build()
                .start();
        return RunningService.inJvm(URI.create("http://127.0.0.1:" + echo.server.getPort()), echo::stop);
    }

    private void stop() throws InterruptedException {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Override
    public void say(EchoRequest request, StreamObserver<EchoReply> replies) {
        if (behaviour == Behaviour.LOUD && request.getText().isEmpty()) {
            replies.onError(Status.INVALID_ARGUMENT.withDescription("text must not be empty").asRuntimeException());
            return;
        }
        replies.onNext(reply(request.getText(), 0));
        replies.onCompleted();
    }

    @Override
    public void repeat(RepeatRequest request, StreamObserver<EchoReply> replies) {
        for (int index = 0; index < request.getTimes(); index++) {
            replies.onNext(reply(request.getText(), index));
        }
        replies.onCompleted();
    }

    @Override
    public StreamObserver<EchoRequest> collect(StreamObserver<EchoReply> reply) {
        List<String> texts = new ArrayList<>();
        return new StreamObserver<>() {
            @Override
            public void onNext(EchoRequest request) {
                texts.add(request.getText());
            }

            @Override
            public void onError(Throwable cause) {
            }

            @Override
            public void onCompleted() {
                reply.onNext(reply(String.join(" ", texts), texts.size()));
                reply.onCompleted();
            }
        };
    }

    @Override
    public StreamObserver<EchoRequest> chat(StreamObserver<EchoReply> replies) {
        return new StreamObserver<>() {
            private int index;
            private boolean broken;

            @Override
            public void onNext(EchoRequest request) {
                if (broken) {
                    return;
                }
                if (behaviour == Behaviour.BREAKS_MID_STREAM && request.getText().equals("break")) {
                    // Nothing more is answered on this call: the client's half-close may be handled before
                    // shutdownNow() has torn the transport down, and must not end the call with OK.
                    broken = true;
                    server.shutdownNow();
                    return;
                }
                replies.onNext(reply(request.getText(), index++));
            }

            @Override
            public void onError(Throwable cause) {
            }

            @Override
            public void onCompleted() {
                if (!broken) {
                    replies.onCompleted();
                }
            }
        };
    }

    private EchoReply reply(String text, int index) {
        EchoReply.Builder reply = EchoReply.newBuilder().setIndex(index)
                .setText(behaviour == Behaviour.LOUD ? text.toUpperCase(Locale.ROOT) : text);
        if (text.equals("whoami")) {
            reply.setServedBy(name);
            GrpcRoutingContext.current().ifPresent(key -> reply.setRoutingKey(key.value()));
        }
        return reply.build();
    }
}
