package dev.sandboxtests.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.grpc.LocalGrpc.RunningServer;
import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoReply;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.grpc.Channel;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.context.Context;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key is current only while service code runs: after routed calls, neither the server's callback
 * thread nor the caller's thread keeps an OpenTelemetry or gRPC context.
 */
class NoContextLeakTest {

    private final LocalGrpc grpc = new LocalGrpc();
    private final RecordingEchoService service = new RecordingEchoService("echo");
    /** One permit per call whose last callback (onComplete or onCancel) has run on the server. */
    private final Semaphore finishedCalls = new Semaphore(0);
    private RunningServer server;
    private Channel routed;

    @BeforeEach
    void startServer() throws Exception {
        // The recorder is inside the routing interceptor, so it sees each call's last callback.
        server = grpc.start(ServerInterceptors.intercept(service, new FinishedCalls(),
                RoutingServerInterceptor.create(RoutingHeaders.defaults())));
        routed = grpc.channel(server.port(), RoutingClientInterceptor.forKey(RoutingKey.parse("abc123"), RoutingHeaders.defaults()));
    }

    @AfterEach
    void stop() throws Exception {
        grpc.close();
    }

    @Test
    void afterRoutedCallsNoContextIsLeftOnTheServersCallbackThread() throws Exception {
        EchoReply reply = EchoGrpc.newBlockingStub(routed).withDeadlineAfter(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .say(EchoRequest.newBuilder().setText("hello").build());
        StreamedReplies replies = new StreamedReplies();
        StreamObserver<EchoRequest> requests = EchoGrpc.newStub(routed)
                .withDeadlineAfter(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .chat(replies);
        requests.onNext(EchoRequest.newBuilder().setText("a").build());
        requests.onCompleted();
        replies.await();
        assertThat(finishedCalls.tryAcquire(2, LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .as("both calls finished on the server").isTrue();

        // The server runs every callback on this one thread, so it is where a leaked context would stay.
        Context openTelemetry = server.callbackThread().submit(Context::current).get(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        io.grpc.Context grpcContext = server.callbackThread().submit(io.grpc.Context::current)
                .get(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS);

        assertThat(reply.getRoutingKey()).as("the calls were routed").isEqualTo("abc123");
        assertThat(service.sightings()).extracting(Sighting::openTelemetryKey).containsOnly("abc123");
        assertThat(openTelemetry).isSameAs(Context.root());
        assertThat(grpcContext).isSameAs(io.grpc.Context.ROOT);
    }

    @Test
    void afterARoutedCallTheCallersContextIsStillTheRoot() {
        EchoGrpc.newBlockingStub(routed).withDeadlineAfter(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .say(EchoRequest.newBuilder().setText("hello").build());

        assertThat(Context.current()).isSameAs(Context.root());
        assertThat(io.grpc.Context.current()).isSameAs(io.grpc.Context.ROOT);
    }

    /** Releases a permit of {@link #finishedCalls} once a call's last callback has run. */
    private final class FinishedCalls implements ServerInterceptor {

        @Override
        public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(
                ServerCall<ReqT, RespT> call, Metadata metadata, ServerCallHandler<ReqT, RespT> next) {
            return new SimpleForwardingServerCallListener<>(next.startCall(call, metadata)) {
                @Override
                public void onComplete() {
                    super.onComplete();
                    finishedCalls.release();
                }

                @Override
                public void onCancel() {
                    super.onCancel();
                    finishedCalls.release();
                }
            };
        }
    }
}
