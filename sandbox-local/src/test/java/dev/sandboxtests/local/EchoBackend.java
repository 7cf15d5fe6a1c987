package dev.sandboxtests.local;

import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real gRPC server (grpc-java on Netty) on 127.0.0.1 serving {@link EchoMethods} and naming itself in
 * every answer, so that a test sees which instance served a call: {@code "fork-a echo hello"}. It
 * counts the calls that reached it and notes when a call is cancelled (by the client, or by a deadline).
 */
final class EchoBackend implements AutoCloseable {

    static final Metadata.Key<String> MISSING_ITEM = Metadata.Key.of("x-missing-item", Metadata.ASCII_STRING_MARSHALLER);

    private final String name;
    private final Server server;
    private final AtomicInteger calls = new AtomicInteger();
    private final CountDownLatch cancelled = new CountDownLatch(1);

    private EchoBackend(String name) throws IOException {
        this.name = name;
        this.server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0), InsecureServerCredentials.create())
                .addService(ServerInterceptors.intercept(service(), new CallCounter()))
                .build()
                .start();
    }

    static EchoBackend start(String name) throws IOException {
        return new EchoBackend(name);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    /** This backend as an instance the router can route to; closing it stops the backend. */
    RunningService asService() {
        return RunningService.inJvm(uri(), this);
    }

    /** How many calls reached this backend. */
    int calls() {
        return calls.get();
    }

    /** Whether a call to this backend was cancelled within a generous wait. */
    boolean sawCancellation() throws InterruptedException {
        return cancelled.await(30, TimeUnit.SECONDS);
    }

    /** Stops at once, as a crashing server would: open calls are reset, connections closed. */
    @Override
    public void close() throws InterruptedException {
        server.shutdownNow();
        server.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public String toString() {
        return "gRPC backend '" + name + "' at " + uri();
    }

    private ServerServiceDefinition service() {
        return ServerServiceDefinition.builder(EchoMethods.SERVICE)
                .addMethod(EchoMethods.ECHO, ServerCalls.asyncUnaryCall((request, answer) -> {
                    answer.onNext(name + " echo " + request);
                    answer.onCompleted();
                }))
                .addMethod(EchoMethods.COUNT, ServerCalls.asyncServerStreamingCall((request, answers) -> {
                    for (int i = 1; i <= Integer.parseInt(request); i++) {
                        answers.onNext(name + " " + i);
                    }
                    answers.onCompleted();
                }))
                .addMethod(EchoMethods.JOIN, ServerCalls.asyncClientStreamingCall(this::join))
                .addMethod(EchoMethods.CHAT, ServerCalls.asyncBidiStreamingCall(this::chat))
                .addMethod(EchoMethods.FIND, ServerCalls.asyncUnaryCall((request, answer) -> {
                    Metadata trailers = new Metadata();
                    trailers.put(MISSING_ITEM, request);
                    answer.onError(Status.NOT_FOUND.withDescription(name + " has no item " + request)
                            .asRuntimeException(trailers));
                }))
                .addMethod(EchoMethods.HANG, ServerCalls.asyncUnaryCall((request, answer) -> noteCancellation(answer)))
                .addMethod(EchoMethods.TICKS, ServerCalls.asyncServerStreamingCall((request, answers) -> {
                    noteCancellation(answers);
                    answers.onNext(name + " tick 1");
                    answers.onNext(name + " tick 2");
                }))
                .build();
    }

    private StreamObserver<String> join(StreamObserver<String> answer) {
        List<String> parts = new ArrayList<>();
        return new StreamObserver<>() {
            @Override
            public void onNext(String part) {
                parts.add(part);
            }

            @Override
            public void onError(Throwable t) {
                // the client gave up; there is nobody left to answer
            }

            @Override
            public void onCompleted() {
                answer.onNext(name + " joined " + String.join("+", parts));
                answer.onCompleted();
            }
        };
    }

    private StreamObserver<String> chat(StreamObserver<String> answers) {
        return new StreamObserver<>() {
            @Override
            public void onNext(String message) {
                answers.onNext(name + " heard " + message);
            }

            @Override
            public void onError(Throwable t) {
                // the client gave up; there is nobody left to answer
            }

            @Override
            public void onCompleted() {
                answers.onCompleted();
            }
        };
    }

    private void noteCancellation(StreamObserver<String> answers) {
        ((ServerCallStreamObserver<String>) answers).setOnCancelHandler(cancelled::countDown);
    }

    /** Counts the calls that reached this backend, whatever the method. */
    private final class CallCounter implements ServerInterceptor {
        @Override
        public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                ServerCallHandler<Q, A> next) {
            calls.incrementAndGet();
            return next.startCall(call, headers);
        }
    }
}
