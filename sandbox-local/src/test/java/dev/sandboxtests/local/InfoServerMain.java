package dev.sandboxtests.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A child process that listens on the port of its {@code --port=N} argument and tells what it was
 * started with: {@code GET /info} lists its arguments and some environment variables, one per line.
 * {@code /health} answers 200 and {@code /sick} 503, for readiness probes.
 */
public final class InfoServerMain {

    private static final List<String> VARIABLES = List.of("PORT", "SELF", "CATALOG_URL", "GREETING",
            "SIGNADOT_BASELINE_KIND", "SIGNADOT_BASELINE_NAME", "SIGNADOT_SANDBOX_NAME", "SIGNADOT_SANDBOX_ROUTING_KEY",
            "SANDBOX_ROUTES_URL");

    private InfoServerMain() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(List.of(args).stream().filter(a -> a.startsWith("--port="))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no --port=N argument"))
                .substring("--port=".length()));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/health", exchange -> answer(exchange, 200, "ok"));
        server.createContext("/sick", exchange -> answer(exchange, 503, "not today"));
        server.createContext("/info", exchange -> {
            StringBuilder info = new StringBuilder();
            for (String arg : args) {
                info.append("arg ").append(arg).append('\n');
            }
            for (String variable : VARIABLES) {
                info.append("env ").append(variable).append('=').append(System.getenv(variable)).append('\n');
            }
            answer(exchange, 200, info.toString());
        });
        server.start();
        System.out.println("info server listening on " + port);
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
