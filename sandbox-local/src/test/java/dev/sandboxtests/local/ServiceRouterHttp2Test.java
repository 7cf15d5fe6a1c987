package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.linecorp.armeria.client.ClientRequestContext;
import com.linecorp.armeria.client.ClientRequestContextCaptor;
import com.linecorp.armeria.client.Clients;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpHeaders;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.common.SessionProtocol;
import com.linecorp.armeria.server.Server;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP/2 (h2c) end to end: an h2c client, the router and an HTTP/2 backend, with response trailers
 * (what gRPC needs); and an HTTP/1-only backend behind the router still serves HTTP/2 clients.
 */
class ServiceRouterHttp2Test {

    private static final RoutingKey KEY = RoutingKey.random();
    private static final List<Server> HTTP2_BACKENDS = new ArrayList<>();
    private static ServiceRouter router;
    private static URI http2Baseline;
    private static URI http2Fork;

    private final Resources resources = new Resources();

    @BeforeAll
    static void start() {
        router = new ServiceRouter("quotes", RoutingHeaders.defaults());
        http2Baseline = http2Backend("baseline");
        http2Fork = http2Backend("fork");
    }

    @AfterAll
    static void stop() {
        router.close();
        // Each Armeria server waits out Netty's quiet period when it stops; stop them together.
        CompletableFuture.allOf(HTTP2_BACKENDS.stream().map(Server::stop).toArray(CompletableFuture[]::new)).join();
    }

    @BeforeEach
    void routeToHttp2Backends() {
        route(http2Baseline, http2Fork);
    }

    @AfterEach
    void stopHttp1Backends() throws Exception {
        resources.close();
    }

    @Test
    void anH2cRequestReachesAnHttp2ForkOverHttp2AndItsTrailersComeBack() throws Exception {
        Exchange exchange = h2c(RequestHeaders.of(HttpMethod.GET, "/grpc-like",
                "baggage", "sd-routing-key=" + KEY));

        assertThat(exchange.protocol()).as("client to router").isEqualTo(SessionProtocol.H2C);
        assertThat(exchange.response().status()).isEqualTo(HttpStatus.OK);
        assertThat(exchange.response().contentUtf8()).as("router to backend").isEqualTo("fork over h2c");
        assertThat(exchange.response().trailers().get("grpc-status")).isEqualTo("0");
        assertThat(exchange.response().trailers().get("x-checksum")).isEqualTo("sum-of-fork");
    }

    @Test
    void concurrentH2cStreamsOnOneConnectionAreEachRoutedByTheirOwnKey() throws Exception {
        WebClient client = WebClient.of("h2c://127.0.0.1:" + router.uri().getPort());

        List<CompletableFuture<AggregatedHttpResponse>> responses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            RequestHeaders headers = i % 2 == 0
                    ? RequestHeaders.of(HttpMethod.GET, "/grpc-like", "baggage", "sd-routing-key=" + KEY)
                    : RequestHeaders.of(HttpMethod.GET, "/grpc-like");
            responses.add(client.execute(headers).aggregate());
        }

        for (int i = 0; i < responses.size(); i++) {
            AggregatedHttpResponse response = responses.get(i).join();
            String instance = i % 2 == 0 ? "fork" : "baseline";
            assertThat(response.contentUtf8()).as("response %d", i).isEqualTo(instance + " over h2c");
            assertThat(response.trailers().get("x-checksum")).as("trailers of response %d", i)
                    .isEqualTo("sum-of-" + instance);
        }
    }

    @Test
    void anHttp1OnlyBackendServesAnH2cClient() throws Exception {
        NamedBackend http1 = resources.add(NamedBackend.start("http1-baseline"));
        route(http1.uri(), http2Fork);

        Exchange exchange = h2c(RequestHeaders.of(HttpMethod.GET, "/items?id=3"));

        assertThat(exchange.protocol()).isEqualTo(SessionProtocol.H2C);
        assertThat(exchange.response().status()).isEqualTo(HttpStatus.OK);
        assertThat(exchange.response().contentUtf8()).isEqualTo("http1-baseline GET /items?id=3");
    }

    @Test
    void callsToAnHttp1OnlyBackendOneAfterAnotherShareOneKeptAliveConnectionAndKeepTheirTrailers() throws Exception {
        ScriptedInstance http1 = resources.add(ScriptedInstance.start((connection, self) -> {
            java.io.InputStream in = connection.getInputStream();
            for (int call = 1; ; call++) {
                String head = self.readHead(in);
                if (head.startsWith("PRI ")) { // the router tries HTTP/2 first
                    ScriptedInstance.write(connection, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    return;
                }
                ScriptedInstance.write(connection, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: x-checksum\r\n\r\n"
                        + "6\r\ncall " + call + "\r\n0\r\nx-checksum: sum-" + call + "\r\n\r\n");
            }
        }));
        route(http1.uri(), http2Fork);
        WebClient client = WebClient.of("h2c://127.0.0.1:" + router.uri().getPort());

        List<AggregatedHttpResponse> responses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            responses.add(client.get("/items?n=" + i).aggregate().join());
        }

        assertThat(responses).extracting(AggregatedHttpResponse::contentUtf8).containsExactly("call 1", "call 2", "call 3");
        assertThat(responses).extracting(response -> response.trailers().get("x-checksum"))
                .containsExactly("sum-1", "sum-2", "sum-3");
        assertThat(http1.connections()).as("one to try HTTP/2, then one kept alive for the three calls").isEqualTo(2);
    }

    @Test
    void anHttp1OnlyBackendServesAClientThatUpgradedToHttp2() throws Exception {
        NamedBackend http1 = resources.add(NamedBackend.start("http1-fork"));
        route(http2Baseline, http1.uri());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

        List<java.net.http.HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            responses.add(client.send(HttpRequest.newBuilder(router.uri().resolve("/items?n=" + i))
                    .header("baggage", "sd-routing-key=" + KEY).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()));
        }

        assertThat(responses).extracting(java.net.http.HttpResponse::body)
                .containsExactly("http1-fork GET /items?n=0", "http1-fork GET /items?n=1", "http1-fork GET /items?n=2");
        assertThat(responses.get(2).version()).as("the h2c upgrade was accepted")
                .isEqualTo(HttpClient.Version.HTTP_2);
    }

    private static void route(URI baseline, URI fork) {
        router.routeBaseline(RunningService.inJvm(baseline, () -> { }));
        router.routeFork(KEY, RunningService.inJvm(fork, () -> { }), "fork 'h2' of service 'quotes'");
    }

    /** An HTTP/2-capable backend whose answer names the protocol it was reached with, with trailers. */
    private static URI http2Backend(String name) {
        Server server = Server.builder()
                .http(new InetSocketAddress("127.0.0.1", 0))
                // A registry of its own: two servers binding the same executor meters to Micrometer's
                // global registry would warn "already registered", as the routers once did.
                .meterRegistry(new SimpleMeterRegistry())
                .gracefulShutdownTimeout(Duration.ZERO, Duration.ZERO)
                .service("/grpc-like", (ctx, request) -> HttpResponse.of(
                        ResponseHeaders.builder(HttpStatus.OK).contentType(MediaType.PLAIN_TEXT_UTF_8).build(),
                        HttpData.ofUtf8(name + " over " + ctx.sessionProtocol().uriText()),
                        HttpHeaders.builder().add("grpc-status", "0").add("x-checksum", "sum-of-" + name).build()))
                .build();
        server.start().join();
        HTTP2_BACKENDS.add(server);
        return URI.create("http://127.0.0.1:" + server.activeLocalPort());
    }

    private static Exchange h2c(RequestHeaders headers) {
        WebClient client = WebClient.of("h2c://127.0.0.1:" + router.uri().getPort());
        try (ClientRequestContextCaptor captor = Clients.newContextCaptor()) {
            AggregatedHttpResponse response = client.execute(headers).aggregate().join();
            ClientRequestContext context = captor.get();
            return new Exchange(response, context.log().whenComplete().join().sessionProtocol());
        }
    }

    private record Exchange(AggregatedHttpResponse response, SessionProtocol protocol) {
    }
}
