package dev.sandboxtests.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpServer;
import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoReply;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.routing.HeaderLookup;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.routing.jdkhttp.RoutedHttpRequests;
import io.grpc.Channel;
import io.grpc.ClientInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key crosses a service: the test calls service A with a key, A calls service B over gRPC (through
 * {@link RoutingClientInterceptor#fromContext()}) and an HTTP service (through core's
 * {@link RoutedHttpRequests}), and both receive the key. All servers and clients are real.
 */
class TwoHopRoutingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(LocalGrpc.TIMEOUT_SECONDS);

    private final RoutingKey key = RoutingKey.parse("abc123");
    private final LocalGrpc grpc = new LocalGrpc();
    private final RecordingEchoService serviceB = new RecordingEchoService("b");
    private final ConcurrentLinkedQueue<List<String>> baggageReceivedOverHttp = new ConcurrentLinkedQueue<>();
    private HttpServer httpService;
    private int portOfA;

    @BeforeEach
    void startServices() throws IOException {
        httpService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        httpService.createContext("/prices", exchange -> {
            baggageReceivedOverHttp.add(HeaderLookup.of(exchange.getRequestHeaders()).values("baggage"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        httpService.start();
        URI prices = URI.create("http://127.0.0.1:" + httpService.getAddress().getPort() + "/prices");

        int portOfB = grpc.start(ServerInterceptors.intercept(serviceB, RoutingServerInterceptor.create(RoutingHeaders.defaults()))).port();
        Channel toB = grpc.channel(portOfB, RoutingClientInterceptor.fromContext(RoutingHeaders.defaults()));
        ServiceA serviceA = new ServiceA(EchoGrpc.newBlockingStub(toB), prices);
        portOfA = grpc.start(ServerInterceptors.intercept(serviceA, RoutingServerInterceptor.create(RoutingHeaders.defaults()))).port();
    }

    @AfterEach
    void stop() throws Exception {
        grpc.close();
        httpService.stop(0);
    }

    @Test
    void serviceBSeesTheKeyTheTestSentToServiceA() {
        EchoReply reply = stubOfA(RoutingClientInterceptor.forKey(key, RoutingHeaders.defaults())).say(request("hello"));

        assertThat(reply.getServedBy()).isEqualTo("b");
        assertThat(reply.getRoutingKey()).isEqualTo("abc123");
        assertThat(serviceB.sightings()).extracting(Sighting::grpcKey, Sighting::openTelemetryKey)
                .containsExactly(tuple("abc123", "abc123"));
    }

    @Test
    void serviceAsHttpCallCarriesTheKeyAndTheCallersOtherBaggageMembers() {
        stubOfA(RoutingClientInterceptor.forKey(key, RoutingHeaders.defaults()),
                RoutingServerInterceptorTest.callerMetadata("baggage", "user=alice")).say(request("hello"));

        assertThat(baggageReceivedOverHttp).singleElement()
                .satisfies(values -> assertThat(members(values)).containsExactlyInAnyOrder("sd-routing-key=abc123", "user=alice"));
        assertThat(serviceB.sightings()).singleElement()
                .satisfies(s -> assertThat(s.baggage()).containsEntry("user", "alice").containsEntry("sd-routing-key", "abc123"));
    }

    @Test
    void eachMessageOfAStreamingCallPassesTheKeyOn() throws Exception {
        StreamedReplies replies = new StreamedReplies();
        StreamObserver<EchoRequest> requests = EchoGrpc.newStub(
                        grpc.channel(portOfA, RoutingClientInterceptor.forKey(key, RoutingHeaders.defaults())))
                .withDeadlineAfter(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .chat(replies);
        requests.onNext(request("one"));
        requests.onNext(request("two"));
        requests.onCompleted();

        assertThat(replies.await()).extracting(EchoReply::getServedBy, EchoReply::getRoutingKey)
                .containsOnly(tuple("b", "abc123")).hasSize(2);
        assertThat(baggageReceivedOverHttp).hasSize(2)
                .allSatisfy(values -> assertThat(values).containsExactly("sd-routing-key=abc123"));
    }

    @Test
    void withoutAKeyNeitherHopCarriesARoutingHeader() {
        EchoReply reply = stubOfA().say(request("hello"));

        assertThat(reply.getRoutingKey()).isEmpty();
        assertThat(serviceB.sightings()).singleElement().satisfies(s -> assertThat(s.openTelemetryKey()).isNull());
        assertThat(baggageReceivedOverHttp).singleElement().satisfies(values -> assertThat(values).isEmpty());
    }

    private EchoGrpc.EchoBlockingStub stubOfA(ClientInterceptor... interceptors) {
        return EchoGrpc.newBlockingStub(grpc.channel(portOfA, interceptors))
                .withDeadlineAfter(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static EchoRequest request(String text) {
        return EchoRequest.newBuilder().setText(text).build();
    }

    private static List<String> members(List<String> values) {
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).toList();
    }

    /** Service A: answers each request with what service B answered, after calling the HTTP service. */
    private static final class ServiceA extends EchoGrpc.EchoImplBase {

        private final EchoGrpc.EchoBlockingStub serviceB;
        private final URI prices;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

        ServiceA(EchoGrpc.EchoBlockingStub serviceB, URI prices) {
            this.serviceB = serviceB;
            this.prices = prices;
        }

        @Override
        public void say(EchoRequest request, StreamObserver<EchoReply> replies) {
            replies.onNext(callDownstream(request));
            replies.onCompleted();
        }

        @Override
        public StreamObserver<EchoRequest> chat(StreamObserver<EchoReply> replies) {
            return new StreamObserver<>() {
                @Override
                public void onNext(EchoRequest request) {
                    replies.onNext(callDownstream(request));
                }

                @Override
                public void onError(Throwable error) {
                }

                @Override
                public void onCompleted() {
                    replies.onCompleted();
                }
            };
        }

        private EchoReply callDownstream(EchoRequest request) {
            HttpRequest priceRequest = RoutedHttpRequests.propagate(HttpRequest.newBuilder(prices), RoutingHeaders.defaults())
                    .timeout(TIMEOUT)
                    .build();
            try {
                http.send(priceRequest, HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return serviceB.withDeadlineAfter(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS).say(request);
        }
    }
}
