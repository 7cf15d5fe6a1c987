package dev.sandboxtests.samples.shop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The little JSON-over-HTTP plumbing the shop's services share (JDK HTTP server, Jackson). */
public final class JsonHttp {

    public static final ObjectMapper JSON = new ObjectMapper();

    private JsonHttp() {
    }

    public static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    /**
     * Serves only {@code GET /health} on 127.0.0.1:{@code port}, for a service that consumes and serves no
     * requests: {@code 200} when {@code problem} is empty, else {@code 503} with the reason, so that the local
     * provider's readiness probe ({@code readinessPath("/health")}) waits until the service really consumes.
     */
    public static HttpServer serveHealth(int port, Supplier<Optional<String>> problem) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/health", exchange -> {
            Optional<String> reason = problem.get();
            respond(exchange, reason.isEmpty() ? 200 : 503, reason.isEmpty() ? Map.of("status", "UP")
                    : Map.of("status", "DOWN", "reason", reason.get()));
        });
        server.start();
        return server;
    }

    /** The value of environment variable {@code variable}; when it is not set, says so and exits with code 2. */
    public static String requiredEnvironment(String service, String variable) {
        String value = System.getenv(variable);
        if (value == null) {
            System.err.println(service + ": cannot start: " + variable + " is not set");
            System.exit(2);
        }
        return value;
    }

    /** The port from the {@code PORT} environment variable, as the local provider passes it. */
    public static int portFromEnvironment() {
        String port = System.getenv("PORT");
        if (port == null) {
            throw new IllegalStateException("PORT is not set; start the service with PORT=<port>");
        }
        return Integer.parseInt(port);
    }
}
