package dev.sandboxtests.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.ServerInterceptors;
import io.grpc.stub.MetadataUtils;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Scope;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link RoutingClientInterceptor} puts in the metadata of a call, as a real server receives it. */
@SuppressWarnings("try") // scopes are opened for their effect on the current context
class RoutingClientInterceptorTest {

    private final RoutingKey key = RoutingKey.parse("abc123");
    private final LocalGrpc grpc = new LocalGrpc();
    private final ReceivedMetadata received = new ReceivedMetadata();
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        port = grpc.start(ServerInterceptors.intercept(new RecordingEchoService("echo"), received)).port();
    }

    @AfterEach
    void stop() throws Exception {
        grpc.close();
    }

    @Test
    void forKeySendsTheKeyAsABaggageMember() {
        call(RoutingClientInterceptor.forKey(key, RoutingHeaders.defaults()));

        assertThat(received.values("baggage")).containsExactly("sd-routing-key=abc123");
    }

    @Test
    void baggageMembersTheCallerPutInTheMetadataAreKeptInOneHeaderValue() {
        call(RoutingClientInterceptor.forKey(key, RoutingHeaders.defaults()),
                callerMetadata("baggage", "user=alice", "tenant=t1;ttl=30"));

        assertThat(received.values("baggage")).hasSize(1);
        assertThat(members(received.values("baggage")))
                .containsExactlyInAnyOrder("sd-routing-key=abc123", "user=alice", "tenant=t1;ttl=30");
    }

    @Test
    void aRoutingKeyAlreadyInTheMetadataIsReplaced() {
        call(RoutingClientInterceptor.forKey(key, RoutingHeaders.defaults()),
                callerMetadata("baggage", "sd-routing-key=old111,user=alice"));

        assertThat(received.values("baggage")).containsExactly("sd-routing-key=abc123,user=alice");
    }

    @Test
    void aCustomHeaderPresetUsesThatHeaderOnly() {
        call(RoutingClientInterceptor.forKey(key, RoutingHeaders.header("x-sandbox")));

        assertThat(received.values("x-sandbox")).containsExactly("abc123");
        assertThat(received.values("baggage")).isEmpty();
    }

    @Test
    void theSignadotPresetSetsEveryHeaderItNames() {
        call(RoutingClientInterceptor.forKey(key, RoutingHeaders.signadot()));

        assertThat(received.values("baggage")).containsExactly("sd-routing-key=abc123");
        assertThat(received.values("tracestate")).containsExactly("sd-routing-key=abc123");
        assertThat(received.values("ot-baggage-sd-routing-key")).containsExactly("abc123");
        assertThat(received.values("uberctx-sd-routing-key")).containsExactly("abc123");
    }

    @Test
    void forKeySendsItsKeyWhateverTheCurrentContext() {
        try (Scope scope = RoutingContext.attach(RoutingKey.parse("other1"))) {
            call(RoutingClientInterceptor.forKey(key, RoutingHeaders.defaults()));
        }

        assertThat(received.values("baggage")).containsExactly("sd-routing-key=abc123");
    }

    @Test
    void fromContextPassesOnTheKeyOfTheCurrentOpenTelemetryContext() {
        try (Scope scope = RoutingContext.attach(key)) {
            call(RoutingClientInterceptor.fromContext(RoutingHeaders.header("x-sandbox")));
        }

        assertThat(received.values("x-sandbox")).containsExactly("abc123");
    }

    @Test
    void fromContextPassesOnTheOtherMembersOfTheCurrentBaggageAsHttpCallsDo() {
        try (Scope baggage = Baggage.builder().put("user", "alice").build().makeCurrent();
                Scope scope = RoutingContext.attach(key)) {
            call(RoutingClientInterceptor.fromContext(RoutingHeaders.defaults()));
        }

        assertThat(members(received.values("baggage"))).containsExactlyInAnyOrder("sd-routing-key=abc123", "user=alice");
    }

    @Test
    void fromContextPrefersTheBaggageTheCallerPutInTheMetadata() {
        try (Scope baggage = Baggage.builder().put("user", "alice").build().makeCurrent();
                Scope scope = RoutingContext.attach(key)) {
            call(RoutingClientInterceptor.fromContext(RoutingHeaders.defaults()), callerMetadata("baggage", "user=bob"));
        }

        assertThat(received.values("baggage")).containsExactly("sd-routing-key=abc123,user=bob");
    }

    @Test
    void fromContextOutsideARoutedCallLeavesTheMetadataAlone() {
        call(RoutingClientInterceptor.fromContext(RoutingHeaders.signadot()), callerMetadata("baggage", "user=alice"));

        assertThat(received.values("baggage")).containsExactly("user=alice");
        assertThat(received.names()).doesNotContain("tracestate", "ot-baggage-sd-routing-key", "uberctx-sd-routing-key");
    }

    @Test
    void aHeaderThatGrpcMetadataCannotCarryIsRejectedWhenTheInterceptorIsCreated() {
        assertThatThrownBy(() -> RoutingClientInterceptor.forKey(key, RoutingHeaders.header("x-key-bin")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x-key-bin' cannot be sent in gRPC metadata")
                .hasMessageContaining("binary");
        assertThatThrownBy(() -> RoutingClientInterceptor.fromContext(RoutingHeaders.header("x!key")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x!key' cannot be sent in gRPC metadata")
                .hasMessageContaining("a-z, 0-9, '-', '_' and '.'");
    }

    /** One unary call; as with {@code ManagedChannelBuilder.intercept}, the last interceptor runs first. */
    private void call(ClientInterceptor... interceptors) {
        EchoGrpc.newBlockingStub(grpc.channel(port, interceptors))
                .withDeadlineAfter(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .say(EchoRequest.newBuilder().setText("hello").build());
    }

    /** Puts {@code values} in the call's metadata before the routing interceptor runs, as a caller would. */
    private static ClientInterceptor callerMetadata(String name, String... values) {
        Metadata metadata = new Metadata();
        for (String value : values) {
            metadata.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value);
        }
        return MetadataUtils.newAttachHeadersInterceptor(metadata);
    }

    private static List<String> members(List<String> values) {
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).toList();
    }
}
