package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A gRPC caller gets the router's errors as gRPC statuses whose message says what went wrong and where,
 * not as HTTP error pages; and a fork that breaks off a response ends the call with a status naming the
 * fork, not with a bare stream reset.
 */
class ServiceRouterGrpcErrorsTest extends RoutedEchoBackends {

    @Test
    void anInvalidKeyIsRejectedWithInvalidArgumentAndTheReasonAndReachesNoInstance() {
        Status status = failureOf(() -> EchoClient.withBaggage(channel, "sd-routing-key=NOT-A-KEY").echo("hello"));

        assertThat(status.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(status.getDescription())
                .contains("Sandbox router of 'inventory' rejected the request")
                .contains("Invalid routing key 'NOT-A-KEY'")
                .contains("lowercase letters a-z and digits 0-9");
        assertThat(baseline.calls() + fork.calls()).isZero();
    }

    @Test
    void withoutBaselineTheRouterAnswersUnavailable() throws InterruptedException {
        try (ServiceRouter empty = new ServiceRouter("stock", RoutingHeaders.defaults())) {
            ManagedChannel toEmpty = EchoClient.channelTo(empty.uri());
            try {
                Status status = failureOf(() -> EchoClient.withoutBaggage(toEmpty).echo("hello"));

                assertThat(status.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
                assertThat(status.getDescription()).contains("Sandbox router of 'stock' has no baseline yet");
            } finally {
                toEmpty.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aForkThatStoppedGivesUnavailableNamingTheFork() throws Exception {
        URI stopped = fork.uri();
        fork.close();

        Status status = failureOf(() -> EchoClient.withBaggage(channel, "sd-routing-key=" + key).echo("hello"));

        assertThat(status.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(status.getDescription())
                .contains("Sandbox router of 'inventory' could not reach the " + FORK_DESCRIPTION)
                .contains(stopped.toString());
        assertThat(EchoClient.withoutBaggage(channel).echo("hello")).as("baseline is unaffected")
                .isEqualTo("baseline echo hello");
    }

    @Test
    void aForkThatClosesInTheMiddleOfAStreamEndsTheCallWithUnavailableNamingTheFork() throws Exception {
        RecordingObserver answers = new RecordingObserver();
        EchoClient.withBaggage(channel, "sd-routing-key=" + key).stream(EchoMethods.TICKS, "go", answers);
        answers.awaitMessages(2);
        URI closed = fork.uri();

        fork.close();

        Status status = answers.awaitFailure();
        assertThat(answers.messages()).containsExactly("fork-a tick 1", "fork-a tick 2");
        assertThat(status.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(status.getDescription())
                .contains("Sandbox router of 'inventory' lost the " + FORK_DESCRIPTION + " at " + closed)
                .contains("in the middle of its response");
    }

    @Test
    void anInstanceEndingACallAtItsDeadlineGivesDeadlineExceededNotUnavailable() {
        // A raw gRPC request whose deadline has passed on arrival: grpc-java resets the stream at once.
        WebClient client = WebClient.of("h2c://127.0.0.1:" + router.uri().getPort());
        byte[] message = "slow".getBytes(StandardCharsets.UTF_8);
        HttpData frame = HttpData.wrap(ByteBuffer.allocate(5 + message.length)
                .put((byte) 0).putInt(message.length).put(message).array());

        AggregatedHttpResponse response = client.execute(RequestHeaders.builder(HttpMethod.POST, "/test.Echo/Hang")
                .contentType(MediaType.parse("application/grpc"))
                .add("te", "trailers")
                .add("grpc-timeout", "1n")
                .add("baggage", "sd-routing-key=" + key)
                .build(), frame).aggregate().join();

        HttpHeaders status = response.trailers().contains("grpc-status") ? response.trailers() : response.headers();
        assertThat(status.get("grpc-status")).isEqualTo("4");
        assertThat(status.get("grpc-message")).as("percent-encoded")
                .contains(FORK_DESCRIPTION)
                .contains("The call's deadline (grpc-timeout: 1n) had passed.");
        assertThat(fork.calls()).isEqualTo(1);
    }

    @Test
    void theRoutersMessagesReachTheClientIntactWhateverCharactersTheyHold() {
        RoutingKey other = RoutingKey.random();
        router.routeFork(other, RunningService.inJvm(URI.create("http://127.0.0.1:1"), () -> { }),
                "fork 'café' of 'inventory', 100% down");
        try {
            Status status = failureOf(() -> EchoClient.withBaggage(channel, "sd-routing-key=" + other).echo("hello"));

            assertThat(status.getDescription()).contains("could not reach the fork 'café' of 'inventory', 100% down");
        } finally {
            router.unrouteFork(other);
        }
    }

    @Test
    void grpcMessagesArePercentEncodedAndKeptShortEnoughForGrpcHeaders() {
        assertThat(GrpcAnswers.escape("a%b é\n")).isEqualTo("a%25b %C3%A9%0A");
        assertThat(GrpcAnswers.escape("x".repeat(100_000)))
                .hasSizeLessThanOrEqualTo(GrpcAnswers.MAX_ENCODED_LENGTH)
                .endsWith("[cut: gRPC limits the size of headers]");
        // Non-ASCII text grows up to nine-fold when encoded: the cut is made after encoding, between escapes.
        String cut = GrpcAnswers.escape("é".repeat(10_000));
        assertThat(cut).hasSizeLessThanOrEqualTo(GrpcAnswers.MAX_ENCODED_LENGTH)
                .endsWith("[cut: gRPC limits the size of headers]");
        assertThat(cut.substring(0, cut.indexOf(" [cut"))).matches("(%C3%A9)+");
    }

    @Test
    void grpcTimeoutsAreReadInEveryUnitAndMalformedOnesIgnored() {
        assertThat(GrpcFailures.nanos("2H")).contains(TimeUnit.HOURS.toNanos(2));
        assertThat(GrpcFailures.nanos("3M")).contains(TimeUnit.MINUTES.toNanos(3));
        assertThat(GrpcFailures.nanos("4S")).contains(TimeUnit.SECONDS.toNanos(4));
        assertThat(GrpcFailures.nanos("300m")).contains(TimeUnit.MILLISECONDS.toNanos(300));
        assertThat(GrpcFailures.nanos("5u")).contains(5_000L);
        assertThat(GrpcFailures.nanos("99999999n")).contains(99_999_999L);
        assertThat(GrpcFailures.nanos("123456789S")).as("more than 8 digits").isEmpty();
        assertThat(GrpcFailures.nanos("10x")).isEmpty();
    }

    @Test
    void aPlainHttpCallerStillGetsAnHttpErrorPage() {
        WebClient client = WebClient.of("h2c://127.0.0.1:" + router.uri().getPort());

        AggregatedHttpResponse response = client.execute(RequestHeaders.of(HttpMethod.POST, "/test.Echo/Echo",
                "baggage", "sd-routing-key=NOT-A-KEY")).aggregate().join();

        assertThat(response.status().code()).isEqualTo(400);
        assertThat(response.headers().get("grpc-status")).isNull();
        assertThat(response.contentUtf8()).contains("Invalid routing key 'NOT-A-KEY'");
    }

    private static Status failureOf(Runnable call) {
        StatusRuntimeException failure = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(failure).as("the call failed").isNotNull();
        return failure.getStatus();
    }
}
