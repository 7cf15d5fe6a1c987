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
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RoutingServerInterceptor} makes the key current only while service code runs. The server runs
 * every callback of every call on one thread, so a context the interceptor failed to restore after a
 * routed call would still be current there for the next call and for any other code on that thread.
 */
class NoContextLeakTest {

    private final LocalGrpc grpc = new LocalGrpc();
    private final RecordingEchoService service = new RecordingEchoService("echo");
    /** One permit per call whose last callback (onComplete or onCancel) has run on the server. */
    private final Semaphore finishedCalls = new Semaphore(0);
    private RunningServer server;
    private Channel routed;
    private Channel unrouted;

    @BeforeEach
    void startServer() throws Exception {
        // The recorder is inside the routing interceptor, so it sees each call's last callback.
        server = grpc.start(ServerInterceptors.intercept(service, new FinishedCalls(),
                RoutingServerInterceptor.create(RoutingHeaders.defaults())));
        routed = grpc.channel(server.port(), RoutingClientInterceptor.forKey(RoutingKey.parse("abc123"), RoutingHeaders.defaults()));
        unrouted = grpc.channel(server.port());
    }

    @AfterEach
    void stop() throws Exception {
        grpc.close();
    }

    @Test
    void aCallWithoutAKeyAfterRoutedCallsSeesNoKey() throws Exception {
        makeRoutedCallsOfEveryEnding();

        blocking(unrouted).say(EchoRequest.newBuilder().setText("unrouted").build());

        List<Sighting> sightings = service.sightings();
        assertThat(sightings.subList(0, sightings.size() - 1)).as("what the routed calls saw")
                .extracting(Sighting::openTelemetryKey).containsOnly("abc123");
        Sighting unroutedCall = sightings.get(sightings.size() - 1);
        assertThat(unroutedCall.where()).isEqualTo("say");
        assertThat(unroutedCall.grpcKey()).as("key in the gRPC Context").isNull();
        assertThat(unroutedCall.openTelemetryKey()).as("key in the OpenTelemetry context").isNull();
        assertThat(unroutedCall.baggage()).as("OpenTelemetry baggage").isEmpty();
    }

    @Test
    void afterRoutedCallsNoContextIsLeftForOtherCodeOnTheServersCallbackThread() throws Exception {
        makeRoutedCallsOfEveryEnding();

        Context openTelemetry = server.callbackThread().submit(Context::current).get(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        io.grpc.Context grpcContext = server.callbackThread().submit(io.grpc.Context::current)
                .get(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS);

        assertThat(openTelemetry).isSameAs(Context.root());
        // grpc-java's server restores its own Context around every callback, so a gRPC Context the
        // interceptor leaves attached does not outlive the callback; this guards that assumption.
        assertThat(grpcContext).isSameAs(io.grpc.Context.ROOT);
    }

    @Test
    void afterARoutedCallTheCallersContextIsStillTheRoot() {
        EchoReply reply = blocking(routed).say(EchoRequest.newBuilder().setText("hello").build());

        assertThat(reply.getRoutingKey()).as("the call was routed").isEqualTo("abc123");
        assertThat(Context.current()).isSameAs(Context.root());
        assertThat(io.grpc.Context.current()).isSameAs(io.grpc.Context.ROOT);
    }

    /**
     * A unary call, a chat that completes and a chat the caller cancels, all with the key: together every
     * callback the interceptor wraps (start, onMessage, onHalfClose, onReady, onComplete, onCancel).
     * Returns once the server has run the last callback of each.
     */
    private void makeRoutedCallsOfEveryEnding() throws Exception {
        EchoReply reply = blocking(routed).say(EchoRequest.newBuilder().setText("hello").build());
        assertThat(reply.getRoutingKey()).as("the calls are routed").isEqualTo("abc123");

        StreamedReplies completed = new StreamedReplies();
        StreamObserver<EchoRequest> chat = async(routed).chat(completed);
        chat.onNext(EchoRequest.newBuilder().setText("a").build());
        chat.onCompleted();
        completed.await();

        StreamedReplies cancelled = new StreamedReplies();
        StreamObserver<EchoRequest> abandoned = async(routed).chat(cancelled);
        abandoned.onNext(EchoRequest.newBuilder().setText("b").build());
        cancelled.awaitFirst();
        abandoned.onError(new IllegalStateException("the test cancels this chat"));

        assertThat(finishedCalls.tryAcquire(3, LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .as("all three calls finished on the server").isTrue();
    }

    private static EchoGrpc.EchoBlockingStub blocking(Channel channel) {
        return EchoGrpc.newBlockingStub(channel).withDeadlineAfter(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static EchoGrpc.EchoStub async(Channel channel) {
        return EchoGrpc.newStub(channel).withDeadlineAfter(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS);
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
