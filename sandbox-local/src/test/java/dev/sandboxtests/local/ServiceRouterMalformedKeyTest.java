package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sandboxtests.routing.MalformedRoutingHeaders;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A request whose routing key is malformed or ambiguous never silently reaches baseline (nor a fork):
 * the router answers HTTP 400, or gRPC {@code INVALID_ARGUMENT}, naming the header and the problem.
 * The routers read the Signadot preset, so that two different headers can disagree.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceRouterMalformedKeyTest {

    private static final RoutingKey FORK_KEY = RoutingKey.parse("abc123");

    private ServiceRouter httpRouter;
    private ServiceRouter grpcRouter;
    private ManagedChannel channel;
    private final Resources resources = new Resources();
    private NamedBackend httpBaseline;
    private NamedBackend httpFork;
    private EchoBackend grpcBaseline;
    private EchoBackend grpcFork;

    @BeforeAll
    void startRouters() {
        httpRouter = new ServiceRouter("catalog", RoutingHeaders.signadot());
        grpcRouter = new ServiceRouter("inventory", RoutingHeaders.signadot());
        channel = EchoClient.channelTo(grpcRouter.uri());
    }

    @AfterAll
    void stopRouters() throws InterruptedException {
        channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        CompletableFuture.allOf(httpRouter.stop(), grpcRouter.stop()).join();
    }

    @BeforeEach
    void startBackends() throws Exception {
        httpBaseline = resources.add(NamedBackend.start("baseline"));
        httpFork = resources.add(NamedBackend.start("fork"));
        grpcBaseline = resources.add(EchoBackend.start("baseline"));
        grpcFork = resources.add(EchoBackend.start("fork"));
        httpRouter.routeBaseline(httpBaseline.asService());
        httpRouter.routeFork(FORK_KEY, httpFork.asService(), "fork of 'catalog'");
        grpcRouter.routeBaseline(grpcBaseline.asService());
        grpcRouter.routeFork(FORK_KEY, grpcFork.asService(), "fork of 'inventory'");
    }

    @AfterEach
    void stopBackends() throws Exception {
        resources.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.sandboxtests.routing.MalformedRoutingHeaders#cases")
    void overHttpTheRouterAnswers400(MalformedRoutingHeaders.Case request) throws Exception {
        RawHttp.Response response = RawHttp.get(httpRouter.uri(), "/items", request.headerLines());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).startsWith("Sandbox router of 'catalog' rejected the request: " + request.reason());
        assertThat(httpBaseline.requests() + httpFork.requests()).as("requests that reached an instance").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.sandboxtests.routing.MalformedRoutingHeaders#cases")
    void overGrpcTheRouterAnswersInvalidArgument(MalformedRoutingHeaders.Case call) {
        StatusRuntimeException failure = catchThrowableOfType(StatusRuntimeException.class,
                () -> EchoClient.withMetadata(channel, metadata(call.headerLines())).echo("hello"));

        assertThat(failure).as("the call failed").isNotNull();
        assertThat(failure.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(failure.getStatus().getDescription())
                .startsWith("Sandbox router of 'inventory' rejected the request: " + call.reason());
        assertThat(grpcBaseline.calls() + grpcFork.calls()).as("calls that reached an instance").isZero();
    }

    @Test
    void theSameKeyInEveryHeaderIsOneKeyAndAKeyOfNoSandboxGoesToBaseline() throws Exception {
        List<String> sameKeyEverywhere = List.of("baggage: sd-routing-key=abc123", "baggage: user=alice,sd-routing-key=abc123",
                "tracestate: sd-routing-key=abc123", "uberctx-sd-routing-key: abc123", "ot-baggage-sd-routing-key: abc123");

        assertThat(RawHttp.get(httpRouter.uri(), "/items", sameKeyEverywhere).body()).isEqualTo("fork GET /items");
        assertThat(EchoClient.withMetadata(channel, metadata(sameKeyEverywhere)).echo("hello")).isEqualTo("fork echo hello");
        assertThat(RawHttp.get(httpRouter.uri(), "/items", List.of("baggage: sd-routing-key=nosandbox1")).body())
                .isEqualTo("baseline GET /items");
    }

    /** Header lines ({@code name: value}) as gRPC metadata, each line an entry of its own. */
    private static Metadata metadata(List<String> headerLines) {
        Metadata metadata = new Metadata();
        MalformedRoutingHeaders.byName(headerLines).forEach((name, values) -> values.forEach(
                value -> metadata.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value)));
        return metadata;
    }
}
