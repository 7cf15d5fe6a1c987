package dev.sandboxtests.routing.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sandboxtests.routing.HeaderLookup;
import dev.sandboxtests.routing.MalformedRoutingHeaders;
import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One hop through a service, with real JDK servers and client: the service's {@link RoutingContextFilter}
 * makes the incoming key current, its handler calls a downstream service through
 * {@link RoutedHttpRequests#propagate}, and the downstream service records what it received.
 */
class RoutingHopTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<ExecutorService> executors = new ArrayList<>();

    /** The headers each request to the downstream service carried. */
    private final ConcurrentLinkedQueue<HeaderLookup> receivedDownstream = new ConcurrentLinkedQueue<>();
    /** The key the service's handler saw as current, per request ("none" if absent). */
    private final ConcurrentLinkedQueue<String> seenByHandler = new ConcurrentLinkedQueue<>();
    private final AtomicInteger handlerCalls = new AtomicInteger();

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.stop(0));
        executors.forEach(ExecutorService::shutdownNow);
    }

    @Test
    void theKeyAndTheOtherBaggageMembersReachTheNextHop() throws Exception {
        URI service = startService(RoutingHeaders.defaults(), startDownstream());
        RoutingKey key = RoutingKey.random();

        HttpResponse<String> response = send(service, "baggage", "sd-routing-key=" + key + ",other=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(seenByHandler).containsExactly(key.value());
        assertThat(receivedDownstream).singleElement().satisfies(headers -> {
            assertThat(RoutingHeaders.defaults().extract(headers)).contains(key);
            assertThat(baggageMembers(headers)).contains("sd-routing-key=" + key, "other=1");
        });
    }

    @Test
    void aRequestWithoutKeyGoesOnWithoutKey() throws Exception {
        URI service = startService(RoutingHeaders.defaults(), startDownstream());

        HttpResponse<String> response = send(service, "x-request-id", "42");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(seenByHandler).containsExactly("none");
        assertThat(receivedDownstream).singleElement().satisfies(headers -> {
            assertThat(RoutingHeaders.signadot().extract(headers)).isEmpty();
            assertThat(headers.values("baggage")).isEmpty();
        });
    }

    @Test
    void anInvalidKeyIsAnsweredBadRequestWithTheReason() throws Exception {
        URI service = startService(RoutingHeaders.defaults(), startDownstream());

        HttpResponse<String> response = send(service, "baggage", "sd-routing-key=NOT_VALID,other=1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).contains("text/plain; charset=utf-8");
        assertThat(response.body())
                .startsWith("RoutingContextFilter rejected the request: Header 'baggage': Invalid routing key 'NOT_VALID'")
                .contains("only lowercase letters a-z and digits 0-9");
        assertThat(handlerCalls).as("the handler must not run").hasValue(0);
        assertThat(receivedDownstream).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.sandboxtests.routing.MalformedRoutingHeaders#cases")
    void aMalformedOrAmbiguousKeyIsAnsweredBadRequestNamingTheHeaderAndTheProblem(MalformedRoutingHeaders.Case request)
            throws Exception {
        URI service = startService(RoutingHeaders.signadot(), startDownstream());

        HttpResponse<String> response = send(service, request.headerLines());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("RoutingContextFilter rejected the request: " + request.reason());
        assertThat(handlerCalls).as("the handler must not run").hasValue(0);
    }

    @Test
    void aKeyDoesNotLeakIntoTheNextRequestOnTheSameThread() throws Exception {
        // The service runs its handlers on one thread, so a scope left open would show up here.
        URI service = startService(RoutingHeaders.defaults(), startDownstream());
        RoutingKey key = RoutingKey.random();

        send(service, "baggage", "sd-routing-key=" + key);
        send(service, "x-request-id", "2");

        assertThat(seenByHandler).containsExactly(key.value(), "none");
        assertThat(receivedDownstream).hasSize(2).last()
                .satisfies(headers -> assertThat(headers.values("baggage")).isEmpty());
    }

    @Test
    void theConfiguredHeadersAreReadAndWritten() throws Exception {
        URI service = startService(RoutingHeaders.signadot(), startDownstream());
        RoutingKey key = RoutingKey.random();

        HttpResponse<String> response = send(service, "uberctx-sd-routing-key", key.value());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(receivedDownstream).singleElement().satisfies(headers -> {
            assertThat(headers.values("uberctx-sd-routing-key")).containsExactly(key.value());
            assertThat(headers.values("ot-baggage-sd-routing-key")).containsExactly(key.value());
            assertThat(headers.values("tracestate")).containsExactly("sd-routing-key=" + key);
            assertThat(baggageMembers(headers)).containsExactly("sd-routing-key=" + key);
        });
    }

    private HttpResponse<String> send(URI uri, String headerName, String headerValue) throws Exception {
        return send(uri, List.of(headerName + ": " + headerValue));
    }

    /** Sends a request with these header lines ({@code name: value}), each as a line of its own. */
    private HttpResponse<String> send(URI uri, List<String> headerLines) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
        for (String line : headerLines) {
            int colon = line.indexOf(':');
            request.header(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI startDownstream() throws IOException {
        return start(exchange -> {
            receivedDownstream.add(HeaderLookup.of(exchange.getRequestHeaders()));
            respond(exchange, 200, "downstream ok");
        }, null);
    }

    /** A service whose handler calls {@code downstream}, passing the routing key on. */
    private URI startService(RoutingHeaders headers, URI downstream) throws IOException {
        return start(exchange -> {
            handlerCalls.incrementAndGet();
            seenByHandler.add(RoutingContext.current().map(RoutingKey::value).orElse("none"));
            HttpRequest outgoing = RoutedHttpRequests.propagate(HttpRequest.newBuilder(downstream).timeout(TIMEOUT), headers)
                    .GET().build();
            try {
                HttpResponse<String> answer = client.send(outgoing, HttpResponse.BodyHandlers.ofString());
                respond(exchange, answer.statusCode(), answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                respond(exchange, 500, e.toString());
            }
        }, new RoutingContextFilter(headers));
    }

    private URI start(com.sun.net.httpserver.HttpHandler handler, RoutingContextFilter filter) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        server.setExecutor(executor);
        var context = server.createContext("/", handler);
        Optional.ofNullable(filter).ifPresent(context.getFilters()::add);
        server.start();
        servers.add(server);
        executors.add(executor);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static List<String> baggageMembers(HeaderLookup headers) {
        return headers.values("baggage").stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .toList();
    }
}
