package dev.sandboxtests.routes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * Serves a {@link RouteTable} over HTTP on 127.0.0.1 in the shape of Signadot's routes API
 * ({@link RoutesApi}), with the watch extension, so that services in other processes (child JVMs)
 * learn who is routed where. A provider starts one and tells its services where it is through
 * {@value RouteResolvers#URL_VARIABLE}.
 *
 * <pre>{@code
 * try (RoutesServer server = RoutesServer.start(table)) {
 *     env.put(RouteResolvers.URL_VARIABLE, server.uri().toString());
 * }
 * }</pre>
 */
public final class RoutesServer implements AutoCloseable {

    private static final int MAX_WAIT_SECONDS = 60;

    private final RouteTable table;
    private final HttpServer server;
    private final ExecutorService executor;

    private RoutesServer(RouteTable table, HttpServer server, ExecutorService executor) {
        this.table = table;
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving {@code table} on a free port of 127.0.0.1. */
    public static RoutesServer start(RouteTable table) {
        return start(table, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    /**
     * Starts serving {@code table} at {@code address}: for a route server that other hosts ask, such as a pod's,
     * {@code new InetSocketAddress(7778)} (every interface, the port of Signadot's route server).
     */
    public static RoutesServer start(RouteTable table, InetSocketAddress address) {
        try {
            HttpServer server = HttpServer.create(address, 64);
            // Watch requests wait on the table; each holds a thread while it waits.
            ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "sandbox-routes-server");
                thread.setDaemon(true);
                return thread;
            });
            RoutesServer routes = new RoutesServer(table, server, executor);
            server.createContext(RoutesApi.PATH, routes::answer);
            server.setExecutor(executor);
            server.start();
            return routes;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the route server on " + address + ": " + e.getMessage(), e);
        }
    }

    /** Where it listens, e.g. {@code http://127.0.0.1:40123} (127.0.0.1 too when it listens on every interface). */
    public URI uri() {
        InetAddress host = server.getAddress().getAddress();
        String name = host.isAnyLocalAddress() || host.isLoopbackAddress() ? "127.0.0.1" : host.getHostAddress();
        return URI.create("http://" + name + ":" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI());
            RouteTable.Snapshot snapshot;
            try {
                String watcher = query.getOrDefault(RoutesApi.WATCHER, "anonymous-" + exchange.getRemoteAddress());
                long known = Long.parseLong(query.getOrDefault(RoutesApi.KNOWN_VERSION, "-1"));
                int wait = Math.min(MAX_WAIT_SECONDS, Integer.parseInt(query.getOrDefault(RoutesApi.WAIT_SECONDS, "0")));
                snapshot = table.watch(watcher, known, Duration.ofSeconds(Math.max(0, wait)));
            } catch (NumberFormatException e) {
                byte[] message = ("Bad " + RoutesApi.KNOWN_VERSION + " or " + RoutesApi.WAIT_SECONDS + ": "
                        + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(400, message.length);
                exchange.getResponseBody().write(message);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] body = RoutesApi.write(snapshot.rules().stream().filter(matching(query)).toList());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add(RoutesApi.VERSION_HEADER, Long.toString(snapshot.version()));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** The routes API's filters: each query parameter given narrows the rules. */
    private static Predicate<RoutingRule> matching(Map<String, String> query) {
        String name = query.get("baselineName");
        Workload baseline = name == null || name.isBlank() ? null
                : new Workload(query.get("baselineKind"), query.get("baselineNamespace"), name);
        String key = query.get("routingKey");
        String sandbox = query.get("destinationSandboxName");
        return rule -> (baseline == null || rule.baseline().matches(baseline))
                && (key == null || key.isBlank() || rule.routingKey().value().equals(key))
                && (sandbox == null || sandbox.isBlank() || rule.destinationSandbox().equals(sandbox));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
