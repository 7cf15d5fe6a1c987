package dev.sandboxtests.samples.shop.orders;

import static dev.sandboxtests.samples.shop.JsonHttp.JSON;
import static dev.sandboxtests.samples.shop.JsonHttp.query;
import static dev.sandboxtests.samples.shop.JsonHttp.respond;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The orders service: {@code GET /orders/quote?sku=..&qty=..} asks pricing for the price and adds
 * shipping; {@code GET /orders/currencies} passes pricing's currencies on;
 * {@code GET /orders/availability?sku=..&qty=..} asks inventory over gRPC whether the quantity can ship
 * (see {@link AvailabilityEndpoint}); {@code POST /orders} publishes an order on Kafka for shipping (see
 * {@link PlaceOrderEndpoint}).
 *
 * <p>It contains no routing code at all: run with the OpenTelemetry Java agent, the routing key in
 * the incoming baggage reaches pricing (HTTP), inventory (gRPC metadata) and the records it publishes
 * (Kafka headers) by itself.
 */
public final class OrdersServer implements AutoCloseable {

    static final long SHIPPING = 499;
    static final long FREE_SHIPPING_FROM = 10_000;

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI pricing;
    private final AvailabilityEndpoint availability;
    private final PlaceOrderEndpoint placeOrder;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private OrdersServer(HttpServer server, ExecutorService executor, URI pricing, AvailabilityEndpoint availability,
            PlaceOrderEndpoint placeOrder) {
        this.server = server;
        this.executor = executor;
        this.pricing = pricing;
        this.availability = availability;
        this.placeOrder = placeOrder;
    }

    /**
     * Starts on 127.0.0.1:{@code port} ({@code 0} for any free port).
     *
     * @param pricing   pricing's HTTP endpoint, e.g. {@code http://127.0.0.1:40123}
     * @param inventory inventory's gRPC endpoint as a URI, e.g. {@code http://127.0.0.1:40124} (plaintext)
     * @param kafka     the Kafka broker orders publish on, e.g. {@code localhost:40315}
     */
    public static OrdersServer start(int port, URI pricing, URI inventory, String kafka) throws IOException {
        return start(port, pricing, inventory, kafka, Optional.empty());
    }

    /** As {@link #start(int, URI, URI, String)}, keeping placed orders in {@code book}. */
    static OrdersServer start(int port, URI pricing, URI inventory, String kafka, Optional<OrderBook> book)
            throws IOException {
        AvailabilityEndpoint availability = new AvailabilityEndpoint(inventory); // checks the target first
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(8);
        OrdersServer orders = new OrdersServer(server, executor, pricing, availability, new PlaceOrderEndpoint(kafka, book));
        server.createContext("/orders/quote", pricingFailuresAs502(orders::quote));
        server.createContext("/orders/currencies", pricingFailuresAs502(orders::currencies));
        server.createContext("/orders/availability", orders.availability);
        server.createContext("/orders", orders.placeOrder);
        server.createContext("/health", exchange -> respond(exchange, 200, Map.of("status", "UP")));
        server.setExecutor(executor);
        server.start();
        return orders;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void quote(HttpExchange exchange) throws IOException {
        Map<String, String> params = query(exchange.getRequestURI());
        String sku = params.getOrDefault("sku", "");
        String quantity = params.getOrDefault("qty", "1");
        HttpResponse<byte[]> answer = get("/prices/" + URLEncoder.encode(sku, StandardCharsets.UTF_8) + "?qty="
                + URLEncoder.encode(quantity, StandardCharsets.UTF_8));
        JsonNode price = JSON.readTree(answer.body());
        if (answer.statusCode() != 200) {
            respond(exchange, answer.statusCode(), price);
            return;
        }
        long total = price.path("total").asLong();
        long shipping = total >= FREE_SHIPPING_FROM ? 0 : SHIPPING;
        Map<String, Object> priceView = new LinkedHashMap<>();
        priceView.put("unitPrice", price.path("unitPrice").asLong());
        priceView.put("discount", price.path("discount").asLong());
        priceView.put("total", total);
        priceView.put("currency", price.path("currency").asText());
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("sku", sku);
        quote.put("quantity", price.path("quantity").asInt());
        quote.put("price", priceView);
        quote.put("shipping", shipping);
        quote.put("grandTotal", total + shipping);
        respond(exchange, 200, quote);
    }

    private void currencies(HttpExchange exchange) throws IOException {
        HttpResponse<byte[]> answer = get("/currencies");
        respond(exchange, answer.statusCode(), JSON.readTree(answer.body()));
    }

    /** A plain java.net.http call: the OpenTelemetry agent, not this code, adds the routing key. */
    private HttpResponse<byte[]> get(String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(pricing.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while calling pricing");
        }
    }

    /** Answers 502 with the reason when pricing cannot be reached, instead of a dropped connection. */
    private static HttpHandler pricingFailuresAs502(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (java.net.ConnectException e) {
                respond(exchange, 502, Map.of("error", "pricing is unreachable: " + e.getMessage()));
            }
        };
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        availability.close();
        placeOrder.close();
    }
}
