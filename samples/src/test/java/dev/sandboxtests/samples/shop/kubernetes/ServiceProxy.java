package dev.sandboxtests.samples.shop.kubernetes;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

/**
 * One Service's address in the simulated mesh: a local HTTP port that does what a client's sidecar does for a request
 * to that Service — asks where it goes ({@link SimulatedMesh#upstream}) and forwards it there with its headers and
 * body. Built on the JDK's {@link HttpServer} and {@link HttpClient} (HTTP/1.1, which is what the shop speaks over
 * HTTP), so no HTTP is parsed here. A request no route matches is answered 404, one whose destination has no running
 * pod 503, each with the reason in the body, as Envoy answers them.
 */
final class ServiceProxy implements AutoCloseable {

    /** Headers that belong to one connection, or that the JDK's client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host",
            "upgrade", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final BiFunction<String, Map<String, String>, Upstream> upstream;
    private final String service;

    /** Where a request goes: a pod's address, or why there is none ({@code status}, {@code reason}). */
    record Upstream(Optional<URI> address, int status, String reason) {
        static Upstream to(URI address) {
            return new Upstream(Optional.of(address), 200, "");
        }

        static Upstream refused(int status, String reason) {
            return new Upstream(Optional.empty(), status, reason);
        }
    }

    /**
     * @param upstream where a request to {@code service} with these headers (lower-case names) goes
     */
    ServiceProxy(String service, BiFunction<String, Map<String, String>, Upstream> upstream) throws IOException {
        this.service = service;
        this.upstream = upstream;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    /** The local address clients use instead of {@code http://<service>.<namespace>.svc.cluster.local:<port>}. */
    URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            Upstream target = upstream.apply(service, headers(exchange.getRequestHeaders()));
            if (target.address().isEmpty()) {
                respond(exchange, target.status(), target.reason().getBytes(StandardCharsets.UTF_8), Map.of());
                return;
            }
            HttpRequest request = request(exchange, target.address().get());
            HttpResponse<byte[]> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                respond(exchange, 503, ("upstream connect error: " + request.uri() + " of " + service + ": " + e)
                        .getBytes(StandardCharsets.UTF_8), Map.of());
                return;
            }
            respond(exchange, response.statusCode(), response.body(), response.headers().map());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpRequest request(HttpExchange exchange, URI pod) throws IOException {
        URI incoming = exchange.getRequestURI();
        URI target = pod.resolve(incoming.getRawPath() + (incoming.getRawQuery() == null ? "" : "?" + incoming.getRawQuery()));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    private static void respond(HttpExchange exchange, int status, byte[] body, Map<String, List<String>> headers)
            throws IOException {
        headers.forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        boolean noBody = body.length == 0 || status == 204 || status == 304 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> headers(Headers headers) {
        Map<String, String> byLowerCaseName = new LinkedHashMap<>();
        headers.forEach((name, values) -> byLowerCaseName.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        return byLowerCaseName;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
