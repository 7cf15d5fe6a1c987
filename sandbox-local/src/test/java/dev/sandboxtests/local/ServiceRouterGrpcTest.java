package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.ClientCall;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import dev.sandboxtests.routing.RoutingKey;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real gRPC through the router: a grpc-java client and grpc-java servers, all four call shapes routed by
 * the key in {@code baggage}, statuses and trailers passed on, deadlines and cancellations reaching the
 * backend.
 */
class ServiceRouterGrpcTest extends RoutedEchoBackends {

    private EchoClient toBaseline;
    private EchoClient toFork;

    @BeforeEach
    void connectClients() {
        toBaseline = EchoClient.withoutBaggage(channel);
        toFork = EchoClient.withBaggage(channel, "team=checkout,sd-routing-key=" + key);
    }

    @Test
    void aUnaryCallWithoutKeyGoesToBaselineAndWithASandboxKeyToItsFork() {
        assertThat(toBaseline.echo("hello")).isEqualTo("baseline echo hello");
        assertThat(toFork.echo("hello")).isEqualTo("fork-a echo hello");
        assertThat(EchoClient.withBaggage(channel, "team=checkout").echo("hi")).isEqualTo("baseline echo hi");
    }

    @Test
    void manyConcurrentCallsOnOneConnectionAreEachAnsweredByTheRightInstance() throws Exception {
        int threads = 8;
        int callsEach = 2_500;
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Integer>> wrong = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                wrong.add(callers.submit(() -> {
                    int misrouted = 0;
                    for (int i = 0; i < callsEach; i++) {
                        boolean forked = (i + thread) % 2 == 0;
                        String answer = (forked ? toFork : toBaseline).echo("n" + i);
                        if (!answer.equals((forked ? "fork-a" : "baseline") + " echo n" + i)) {
                            misrouted++;
                        }
                    }
                    return misrouted;
                }));
            }
            for (java.util.concurrent.Future<Integer> misrouted : wrong) {
                assertThat(misrouted.get(120, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(fork.calls() + baseline.calls()).isEqualTo(threads * callsEach);
    }

    @Test
    void aConnectionInUseForLongerThanArmeriasIdleTimeoutIsNotClosed() throws Exception {
        // Armeria closes a connection in which it saw no request for 10 s: the relays' connections, busy or
        // not, are ones it never sees a request in (a gRPC client then got UNAVAILABLE after a GOAWAY).
        try (CountingRelay relay = new CountingRelay(router.uri())) {
            ManagedChannel viaRelay = EchoClient.channelTo(relay.uri());
            try {
                EchoClient client = EchoClient.withBaggage(viaRelay, "sd-routing-key=" + key);
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(21);
                int calls = 0;
                while (System.nanoTime() < end) {
                    assertThat(client.echo("call " + calls)).isEqualTo("fork-a echo call " + calls);
                    calls++;
                }
                assertThat(relay.connections()).as("connections the client opened to the router").isEqualTo(1);
            } finally {
                viaRelay.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aKeyOfNoSandboxGoesToBaseline() {
        EchoClient unknown = EchoClient.withBaggage(channel, "sd-routing-key=" + RoutingKey.random());

        assertThat(unknown.echo("hello")).isEqualTo("baseline echo hello");
        assertThat(fork.calls()).isZero();
    }

    @Test
    void aServerStreamingCallIsRoutedAndEveryMessageArrives() {
        assertThat(toFork.count(3)).containsExactly("fork-a 1", "fork-a 2", "fork-a 3");
        assertThat(toBaseline.count(2)).containsExactly("baseline 1", "baseline 2");
    }

    @Test
    void aClientStreamingCallIsRoutedAndEveryMessageArrives() throws Exception {
        RecordingObserver answer = new RecordingObserver();
        StreamObserver<String> parts = toFork.join(answer);
        parts.onNext("a");
        parts.onNext("b");
        parts.onNext("c");
        parts.onCompleted();

        assertThat(answer.awaitCompletion()).containsExactly("fork-a joined a+b+c");
        assertThat(baseline.calls()).isZero();
    }

    @Test
    void aBidiStreamingCallIsRoutedAndAnswersEachMessageBeforeTheNextIsSent() throws Exception {
        RecordingObserver answers = new RecordingObserver();
        StreamObserver<String> messages = toFork.chat(answers);

        // Each answer must come back while the call is still open: a router that buffered would stall here.
        messages.onNext("one");
        answers.awaitMessages(1);
        messages.onNext("two");
        answers.awaitMessages(1);
        messages.onCompleted();

        assertThat(answers.awaitCompletion()).containsExactly("fork-a heard one", "fork-a heard two");
    }

    @Test
    void theBackendsStatusAndCustomTrailersReachTheClient() {
        StatusRuntimeException failure = catchThrowableOfType(StatusRuntimeException.class,
                () -> toFork.call(EchoMethods.FIND, EchoClient.options(), "sku-42"));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(failure.getStatus().getDescription()).isEqualTo("fork-a has no item sku-42");
        assertThat(failure.getTrailers()).isNotNull();
        assertThat(failure.getTrailers().get(EchoBackend.MISSING_ITEM)).isEqualTo("sku-42");
    }

    @Test
    void aDeadlineShorterThanTheBackendsWorkEndsTheCallAndTheBackendSeesTheCancellation() throws Exception {
        // A first call opens the router's connection to the fork, so the deadline cannot run out before
        // the hanging call reaches it (a CI run under load spent 300 ms connecting, and the fork saw nothing).
        assertThat(toFork.echo("warm up")).isEqualTo("fork-a echo warm up");
        int callsBefore = fork.calls();

        StatusRuntimeException failure = catchThrowableOfType(StatusRuntimeException.class,
                () -> toFork.call(EchoMethods.HANG, EchoClient.options().withDeadlineAfter(2, TimeUnit.SECONDS),
                        "slow"));

        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
        assertThat(fork.calls()).as("the hanging call reached the fork").isEqualTo(callsBefore + 1);
        assertThat(fork.sawCancellation()).as("the fork saw the call end").isTrue();
    }

    @Test
    void aClientCancellingAServerStreamHalfWayCancelsItAtTheBackend() throws Exception {
        RecordingObserver answers = new RecordingObserver();
        ClientCall<String, String> call = toFork.stream(EchoMethods.TICKS, "go", answers);
        answers.awaitMessages(2);

        call.cancel("the test has seen enough", null);

        assertThat(answers.awaitFailure().getCode()).isEqualTo(Status.Code.CANCELLED);
        assertThat(answers.messages()).containsExactly("fork-a tick 1", "fork-a tick 2");
        assertThat(fork.sawCancellation()).as("the fork saw the cancellation").isTrue();
    }
}
