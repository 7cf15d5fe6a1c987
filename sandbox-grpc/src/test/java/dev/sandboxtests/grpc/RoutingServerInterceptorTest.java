package dev.sandboxtests.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sandboxtests.grpc.LocalGrpc.RunningServer;
import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoGrpc.EchoBlockingStub;
import dev.sandboxtests.grpc.test.EchoGrpc.EchoStub;
import dev.sandboxtests.grpc.test.EchoReply;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.grpc.test.RepeatRequest;
import dev.sandboxtests.routing.MalformedRoutingHeaders;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.grpc.Channel;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inside a service behind {@link RoutingServerInterceptor}, the caller's key is current in the gRPC
 * Context and in the OpenTelemetry context, at every point of every call shape where service code runs.
 */
class RoutingServerInterceptorTest {

    private final RoutingKey key = RoutingKey.parse("abc123");
    private final LocalGrpc grpc = new LocalGrpc();
    private final RecordingEchoService service = new RecordingEchoService("echo");
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        RunningServer server = grpc.start(
                ServerInterceptors.intercept(service, RoutingServerInterceptor.create(RoutingHeaders.defaults())));
        port = server.port();
    }

    @AfterEach
    void stop() throws Exception {
        grpc.close();
    }

    @Test
    void aUnaryHandlerSeesTheKeyInBothContexts() {
        EchoReply reply = blocking(routed()).say(request("hello"));

        assertThat(reply.getRoutingKey()).isEqualTo("abc123");
        assertSawKeyAt("say");
    }

    @Test
    void aServerStreamingHandlerSeesTheKeyInBothContexts() {
        Iterator<EchoReply> replies = blocking(routed())
                .repeat(RepeatRequest.newBuilder().setText("hi").setTimes(3).build());

        assertThat(replies).toIterable().extracting(EchoReply::getRoutingKey).containsExactly("abc123", "abc123", "abc123");
        assertSawKeyAt("repeat");
    }

    @Test
    void aClientStreamingHandlerSeesTheKeyWhenItStartsOnEachMessageAndAtCompletion() throws Exception {
        StreamedReplies replies = new StreamedReplies();
        StreamObserver<EchoRequest> requests = async(routed()).collect(replies);
        requests.onNext(request("a"));
        requests.onNext(request("b"));
        requests.onCompleted();

        assertThat(replies.await()).extracting(EchoReply::getText, EchoReply::getRoutingKey)
                .containsExactly(tuple("ab", "abc123"));
        assertSawKeyAt("collect started", "collect message", "collect message", "collect completed");
    }

    @Test
    void aBidiStreamingHandlerSeesTheKeyWhenItStartsOnEachMessageAndAtCompletion() throws Exception {
        StreamedReplies replies = new StreamedReplies();
        StreamObserver<EchoRequest> requests = async(routed()).chat(replies);
        requests.onNext(request("a"));
        requests.onNext(request("b"));
        requests.onCompleted();

        assertThat(replies.await()).extracting(EchoReply::getRoutingKey).containsExactly("abc123", "abc123");
        assertSawKeyAt("chat started", "chat message", "chat message", "chat completed");
    }

    @Test
    void theOtherBaggageMembersOfTheCallAreCurrentInTheHandler() {
        blocking(grpc.channel(port, callerMetadata("baggage", "user=alice,sd-routing-key=abc123"))).say(request("hello"));

        assertThat(service.sightings()).singleElement()
                .satisfies(s -> assertThat(s.baggage()).containsExactlyInAnyOrderEntriesOf(
                        Map.of("user", "alice", "sd-routing-key", "abc123")));
    }

    @Test
    void aCustomHeaderPresetIsReadFromThatHeaderAndNoOther() throws Exception {
        RecordingEchoService custom = new RecordingEchoService("custom");
        int customPort = grpc.start(ServerInterceptors.intercept(
                custom, RoutingServerInterceptor.create(RoutingHeaders.header("x-sandbox")))).port();

        blocking(grpc.channel(customPort, RoutingClientInterceptor.forKey(key, RoutingHeaders.header("x-sandbox"))))
                .say(request("hello"));
        blocking(grpc.channel(customPort, RoutingClientInterceptor.forKey(RoutingKey.parse("notread1"), RoutingHeaders.defaults())))
                .say(request("hello"));

        assertThat(custom.sightings()).extracting(Sighting::grpcKey, Sighting::openTelemetryKey)
                .containsExactly(tuple("abc123", "abc123"), tuple(null, null));
    }

    @Test
    void aCallWithAnInvalidKeyIsRejectedWithTheReasonAndReachesNoServiceCode() {
        Channel invalid = grpc.channel(port, callerMetadata("baggage", "sd-routing-key=NotValid"));

        assertThatThrownBy(() -> blocking(invalid).say(request("hello")))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription())
                            .startsWith("RoutingServerInterceptor rejected the call to sandboxtests.test.Echo/Say,"
                                    + " which reached no service code: Header 'baggage': Invalid routing key 'NotValid'")
                            .contains("only lowercase letters a-z and digits 0-9");
                });
        assertThat(service.sightings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.sandboxtests.routing.MalformedRoutingHeaders#cases")
    void aMalformedOrAmbiguousKeyIsRejectedNamingTheHeaderAndTheProblem(MalformedRoutingHeaders.Case call) throws Exception {
        int signadotPort = grpc.start(ServerInterceptors.intercept(
                service, RoutingServerInterceptor.create(RoutingHeaders.signadot()))).port();

        assertThatThrownBy(() -> blocking(grpc.channel(signadotPort, callerMetadata(call.headers()))).say(request("hello")))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).startsWith("RoutingServerInterceptor rejected the call to"
                            + " sandboxtests.test.Echo/Say, which reached no service code: " + call.reason());
                });
        assertThat(service.sightings()).isEmpty();
    }

    @Test
    void aStreamingCallWithAnInvalidKeyNeverStartsItsHandler() {
        StreamedReplies replies = new StreamedReplies();
        StreamObserver<EchoRequest> requests = async(grpc.channel(port,
                callerMetadata("baggage", "sd-routing-key=" + "a".repeat(RoutingKey.MAX_LENGTH + 1)))).chat(replies);
        requests.onNext(request("a"));
        requests.onCompleted();

        assertThatThrownBy(replies::await).hasCauseInstanceOf(StatusRuntimeException.class)
                .cause().hasMessageContaining("INVALID_ARGUMENT").hasMessageContaining("at most 63 characters");
        assertThat(service.sightings()).isEmpty();
    }

    @Test
    void aCallWithoutAKeyPassesThroughWithNoKeyInEitherContext() {
        EchoReply reply = blocking(grpc.channel(port, callerMetadata("baggage", "user=alice"))).say(request("hello"));

        assertThat(reply.getText()).isEqualTo("hello");
        assertThat(service.sightings()).singleElement().satisfies(s -> {
            assertThat(s.grpcKey()).isNull();
            assertThat(s.openTelemetryKey()).isNull();
        });
    }

    private void assertSawKeyAt(String... points) {
        assertThat(service.sightings()).extracting(Sighting::where).containsExactly(points);
        assertThat(service.sightings()).allSatisfy(s -> {
            assertThat(s.grpcKey()).as("key in the gRPC Context at %s", s.where()).isEqualTo("abc123");
            assertThat(s.openTelemetryKey()).as("key in the OpenTelemetry context at %s", s.where()).isEqualTo("abc123");
        });
    }

    private Channel routed() {
        return grpc.channel(port, RoutingClientInterceptor.forKey(key, RoutingHeaders.defaults()));
    }

    private static EchoBlockingStub blocking(Channel channel) {
        return EchoGrpc.newBlockingStub(channel).withDeadlineAfter(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static EchoStub async(Channel channel) {
        return EchoGrpc.newStub(channel).withDeadlineAfter(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static EchoRequest request(String text) {
        return EchoRequest.newBuilder().setText(text).build();
    }

    /** Puts {@code value} in the metadata of each call, as a caller (or another tool) would. */
    static ClientInterceptor callerMetadata(String name, String value) {
        return callerMetadata(Map.of(name, List.of(value)));
    }

    /** Puts these entries in the metadata of each call, each value as an entry of its own. */
    static ClientInterceptor callerMetadata(Map<String, List<String>> entries) {
        Metadata metadata = new Metadata();
        entries.forEach((name, values) -> values.forEach(
                value -> metadata.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value)));
        return MetadataUtils.newAttachHeadersInterceptor(metadata);
    }
}
