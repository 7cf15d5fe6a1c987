package dev.sandboxtests.samples.shop.pricing;

import static dev.sandboxtests.samples.shop.JsonHttp.query;
import static dev.sandboxtests.samples.shop.JsonHttp.respond;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The pricing service: {@code GET /prices/{sku}?qty=N} and {@code GET /currencies}. An unknown sku is
 * a 404, a quantity that is not a whole number from 1 a 400; each with the reason in {@code error}.
 */
public final class PricingServer implements AutoCloseable {

    private static final Map<String, Long> UNIT_PRICES = Map.of("A1", 1000L, "B2", 250L, "C3", 4999L);

    private final HttpServer server;
    private final ExecutorService executor;
    private final PricingRules rules;

    private PricingServer(HttpServer server, ExecutorService executor, PricingRules rules) {
        this.server = server;
        this.executor = executor;
        this.rules = rules;
    }

    /** Starts on 127.0.0.1:{@code port} ({@code 0} for any free port). */
    public static PricingServer start(int port, PricingRules rules) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(8);
        PricingServer pricing = new PricingServer(server, executor, rules);
        server.createContext("/prices/", pricing::price);
        server.createContext("/currencies", exchange -> respond(exchange, 200, Map.of("currencies", List.of("EUR"))));
        server.createContext("/health", exchange -> respond(exchange, 200, Map.of("status", "UP")));
        server.setExecutor(executor);
        server.start();
        return pricing;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void price(HttpExchange exchange) throws IOException {
        String sku = exchange.getRequestURI().getPath().substring("/prices/".length());
        Long unitPrice = UNIT_PRICES.get(sku);
        if (unitPrice == null) {
            respond(exchange, 404, Map.of("error", "unknown sku " + sku));
            return;
        }
        String qty = query(exchange.getRequestURI()).getOrDefault("qty", "1");
        int quantity = qty.matches("[0-9]{1,6}") ? Integer.parseInt(qty) : 0;
        if (quantity < 1) {
            respond(exchange, 400, Map.of("error", rules.invalidQuantity(qty)));
            return;
        }
        long discount = rules.discountFor(unitPrice, quantity);
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("sku", sku);
        price.put("unitPrice", unitPrice);
        price.put("quantity", quantity);
        price.put("discount", discount);
        price.put("total", unitPrice * quantity - discount);
        price.put("currency", "EUR");
        respond(exchange, 200, price);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
