package dev.sandboxtests.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sandboxtests.local.LaunchContext;
import dev.sandboxtests.local.RunningService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP service in this JVM for scenario classes. Each instance has an id such as
 * {@code echo-fork-7}, answers as {@code baseline} or {@code fork}, and is recorded in
 * {@link #STOPPED} when it is stopped, so that tests can see that a sandbox's fork (or a baseline)
 * was really stopped.
 *
 * <ul>
 *   <li>{@code GET /version}: {@code {"version": "baseline", "greeting": "hello"}}</li>
 *   <li>{@code GET /whoami}: the version, the instance id, the {@code baggage} received and the
 *       environment customizations the instance was started with</li>
 *   <li>{@code GET /headers}: every request header, names lower-cased, values in order</li>
 * </ul>
 */
public final class EchoService {

    /** Ids of the instances that were stopped. */
    public static final Set<String> STOPPED = ConcurrentHashMap.newKeySet();

    private static final AtomicInteger IDS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private EchoService() {
    }

    public static RunningService start(String version, LaunchContext context) throws IOException {
        String id = context.service() + "-" + version + "-" + IDS.incrementAndGet();
        ExecutorService executor = Executors.newCachedThreadPool();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/version", exchange -> json(exchange, Map.of("version", version, "greeting", "hello")));
        server.createContext("/whoami", exchange -> {
            Map<String, Object> who = new LinkedHashMap<>();
            who.put("version", version);
            who.put("instance", id);
            who.put("baggage", String.join(",", exchange.getRequestHeaders().getOrDefault("baggage", List.of())));
            who.put("env", new TreeMap<>(context.env()));
            json(exchange, who);
        });
        server.createContext("/headers", exchange -> {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            json(exchange, headers);
        });
        server.setExecutor(executor);
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return RunningService.inJvm(uri, () -> {
            server.stop(0);
            executor.shutdownNow();
            STOPPED.add(id);
        });
    }

    private static void json(HttpExchange exchange, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        try (exchange) {
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
