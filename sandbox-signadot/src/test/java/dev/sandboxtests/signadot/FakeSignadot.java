package dev.sandboxtests.signadot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signadot's sandbox API as far as the provider uses it, on a JDK {@link HttpServer} on 127.0.0.1:
 * {@code PUT}, {@code GET}, {@code DELETE /api/v2/orgs/{org}/sandboxes/{name}}, the key checked in
 * {@code signadot-api-key}, errors in Signadot's {@code {code, error, requestId}} shape. What a test
 * wants to go wrong is queued with the methods below; everything it received is recorded.
 */
final class FakeSignadot implements AutoCloseable {

    static final String ORG = "acme";
    static final String PATH = "/api/v2/orgs/" + ORG + "/sandboxes/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String apiKey;
    private final Map<String, Stored> sandboxes = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final List<JsonNode> putBodies = new ArrayList<>();
    private final Deque<Integer> failures = new ArrayDeque<>();
    private int getsUntilReady = 1;
    private String failedReason;
    private Map<String, Object> rejection;

    private FakeSignadot(HttpServer server, String apiKey) {
        this.server = server;
        this.apiKey = apiKey;
    }

    static FakeSignadot start(String apiKey) throws IOException {
        return start(apiKey, 0);
    }

    static FakeSignadot start(String apiKey, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        FakeSignadot fake = new FakeSignadot(server, apiKey);
        server.createContext("/", fake::handle);
        server.start();
        return fake;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next calls are answered with these statuses (and Signadot's error body), whatever they ask. */
    synchronized FakeSignadot failNext(Integer... statuses) {
        failures.addAll(List.of(statuses));
        return this;
    }

    /** A sandbox is ready on the {@code gets}-th GET. */
    synchronized FakeSignadot readyAfterGets(int gets) {
        this.getsUntilReady = gets;
        return this;
    }

    /** Sandboxes never become ready; their status says {@code ResourceFailed} with this message. */
    synchronized FakeSignadot failResources(String message) {
        this.failedReason = message;
        return this;
    }

    /** Every PUT is refused with 400 and this error text. */
    synchronized FakeSignadot rejectPuts(String error) {
        this.rejection = Map.of("code", 400, "error", error, "requestId", "req-4711");
        return this;
    }

    /** Sandboxes that exist now, by name. */
    synchronized Set<String> sandboxes() {
        return Set.copyOf(sandboxes.keySet());
    }

    /** Adds a sandbox as if someone had created it. */
    synchronized void add(String name) {
        sandboxes.put(name, new Stored(JSON.createObjectNode()));
    }

    /** Deletes every sandbox, as Signadot does when their TTL runs out. */
    synchronized void expireAll() {
        sandboxes.clear();
    }

    /** Every call received, as {@code METHOD /path}. */
    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** The bodies of the PUTs received. */
    synchronized List<JsonNode> putBodies() {
        return List.copyOf(putBodies);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Answer answer = answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("signadot-api-key"), body);
            byte[] json = answer.body == null ? new byte[0] : JSON.writeValueAsBytes(answer.body);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status, json.length == 0 ? -1 : json.length);
            exchange.getResponseBody().write(json);
        }
    }

    private synchronized Answer answer(String method, String path, String key, byte[] body) throws IOException {
        calls.add(method + " " + path);
        if (!failures.isEmpty()) {
            int status = failures.poll();
            return new Answer(status, error(status, "injected failure"));
        }
        if (!apiKey.equals(key)) {
            return new Answer(401, error(401, "unauthorized"));
        }
        if (!path.startsWith(PATH)) {
            return new Answer(404, error(404, "no such organisation"));
        }
        String name = path.substring(PATH.length());
        switch (method) {
            case "PUT":
                JsonNode request = JSON.readTree(new String(body, StandardCharsets.UTF_8));
                putBodies.add(request);
                if (rejection != null) {
                    return new Answer(400, rejection);
                }
                Stored stored = new Stored(request);
                sandboxes.put(name, stored);
                return new Answer(200, stored.asAnswer(name, false, null, null));
            case "GET":
                Stored found = sandboxes.get(name);
                if (found == null) {
                    return new Answer(404, error(404, "sandbox not found"));
                }
                found.gets++;
                if (failedReason != null) {
                    return new Answer(200, found.asAnswer(name, false, "ResourceFailed", failedReason));
                }
                boolean ready = found.gets >= getsUntilReady;
                return new Answer(200, found.asAnswer(name, ready, ready ? "Ready" : "Pending",
                        ready ? "all forks are ready" : "waiting for fork pods"));
            case "DELETE":
                return sandboxes.remove(name) == null ? new Answer(404, error(404, "sandbox not found")) : new Answer(200, null);
            default:
                return new Answer(405, error(405, "method not allowed"));
        }
    }

    private static Map<String, Object> error(int status, String text) {
        return Map.of("code", status, "error", text, "requestId", "req-" + status);
    }

    private record Answer(int status, Object body) {
    }

    private static final class Stored {
        private final JsonNode request;
        private final String routingKey = "k" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        private int gets;

        Stored(JsonNode request) {
            this.request = request;
        }

        Map<String, Object> asAnswer(String name, boolean ready, String reason, String message) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("ready", ready);
            if (reason != null) {
                status.put("reason", reason);
                status.put("message", message);
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("name", name);
            answer.put("routingKey", routingKey);
            answer.put("spec", request.path("spec"));
            answer.put("status", status);
            answer.put("endpoints", List.of(Map.of("name", "preview", "url", "https://preview--" + name + ".preview.signadot.com")));
            answer.put("createdAt", "2026-12-06T03:40:00Z");
            return answer;
        }
    }
}
