package dev.sandboxtests.junit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sandboxtests.local.LaunchContext;
import dev.sandboxtests.local.RunningService;
import dev.sandboxtests.routing.jdkhttp.RoutedHttpRequests;
import dev.sandboxtests.routing.jdkhttp.RoutingContextFilter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A service in front of {@code back} for scenario classes: {@code GET /passes} asks back's
 * {@code /version} passing the routing key on, {@code GET /drops} asks it without the key (a service
 * that forgot to propagate), {@code GET /alone} answers without calling anything.
 */
final class FrontService {

    private FrontService() {
    }

    static RunningService start(LaunchContext context) throws IOException {
        URI back = context.endpoint("back").resolve("/version");
        HttpClient client = HttpClient.newHttpClient();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/passes", exchange -> answer(exchange,
                call(client, RoutedHttpRequests.propagate(HttpRequest.newBuilder(back)))))
                .getFilters().add(new RoutingContextFilter());
        server.createContext("/drops", exchange -> answer(exchange, call(client, HttpRequest.newBuilder(back))))
                .getFilters().add(new RoutingContextFilter());
        server.createContext("/alone", exchange -> answer(exchange, "{\"alone\": true}"));
        server.start();
        return RunningService.inJvm(server);
    }

    private static String call(HttpClient client, HttpRequest.Builder request) throws IOException {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
