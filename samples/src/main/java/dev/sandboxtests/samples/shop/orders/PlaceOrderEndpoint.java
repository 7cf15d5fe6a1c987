package dev.sandboxtests.samples.shop.orders;

import static dev.sandboxtests.samples.shop.JsonHttp.JSON;
import static dev.sandboxtests.samples.shop.JsonHttp.respond;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.sandboxtests.samples.shop.ShopTopics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code POST /orders} with {@code {"customer": "c-1", "sku": "A1", "qty": 3}} (and an {@code "order"} id of
 * the caller's, or one is made up): keeps the order in the {@link OrderBook} where there is one, publishes it on
 * {@value ShopTopics#ORDER_PLACED}, keyed by customer so that a customer's orders are consumed in the order they
 * were placed, and answers {@code 201} {@code {"order": id}} once the broker has it. {@code GET /orders/{id}}
 * answers a kept order.
 *
 * <p>A plain producer, no routing code: run with the OpenTelemetry Java agent, the agent's Kafka
 * instrumentation writes the request's {@code baggage} (and with it the routing key) into the record's headers.
 */
final class PlaceOrderEndpoint implements HttpHandler, AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final Optional<OrderBook> book;

    /**
     * @param bootstrapServers the Kafka broker, e.g. {@code localhost:40315}
     * @param book             where placed orders are kept, if anywhere
     */
    PlaceOrderEndpoint(String bootstrapServers, Optional<OrderBook> book) {
        this.book = book;
        Map<String, Object> properties = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                // A broker that cannot be reached fails the request in seconds, not after the default minute.
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/orders/") && exchange.getRequestMethod().equals("GET") && book.isPresent()) {
            storedOrder(exchange, path.substring("/orders/".length()));
            return;
        }
        if (!path.equals("/orders")) {
            respond(exchange, 404, Map.of("error", "no such endpoint: " + exchange.getRequestURI().getPath()));
            return;
        }
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            respond(exchange, 405, Map.of("error", "place an order with POST /orders"));
            return;
        }
        ObjectNode order;
        try {
            order = order(JSON.readTree(exchange.getRequestBody()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            respond(exchange, 400, Map.of("error", "not an order: " + e.getMessage()
                    + "; send {\"customer\": \"c-1\", \"sku\": \"A1\", \"qty\": 3}"));
            return;
        }
        if (book.isPresent()) {
            try {
                book.get().save(order);
            } catch (SQLException e) {
                respond(exchange, 503, Map.of("error", "the order could not be stored: " + e.getMessage()));
                return;
            }
        }
        ProducerRecord<String, String> record = new ProducerRecord<>(ShopTopics.ORDER_PLACED,
                order.path("customer").asText(), order.toString());
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(15, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            respond(exchange, 503, Map.of("error", "the order could not be published on " + ShopTopics.ORDER_PLACED + ": "
                    + (e instanceof ExecutionException ? e.getCause() : "no answer from the broker within 15 s")));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while publishing an order");
        }
        respond(exchange, 201, book.map(OrderBook::giftWrap).orElse(false)
                ? Map.of("order", order.path("order").asText(), "giftWrap", order.path("giftWrap").asBoolean())
                : Map.of("order", order.path("order").asText()));
    }

    /** {@code GET /orders/{id}}: the order as stored, or 404. */
    private void storedOrder(HttpExchange exchange, String id) throws IOException {
        try {
            Optional<ObjectNode> order = book.orElseThrow().find(id);
            if (order.isPresent()) {
                respond(exchange, 200, order.get());
            } else {
                respond(exchange, 404, Map.of("error", "no order " + id));
            }
        } catch (SQLException e) {
            respond(exchange, 503, Map.of("error", "the orders could not be read: " + e.getMessage()));
        }
    }

    /** The order as published, with an id (and, where orders gift-wrap, whether to); refuses what is not one. */
    private ObjectNode order(JsonNode body) {
        String customer = body.path("customer").asText("");
        String sku = body.path("sku").asText("");
        JsonNode qty = body.path("qty");
        if (customer.isEmpty() || sku.isEmpty() || !qty.canConvertToInt() || !qty.isIntegralNumber() || qty.asInt() < 1) {
            throw new IllegalArgumentException("customer and sku are required, and qty is a whole number from 1");
        }
        String id = body.path("order").asText("");
        ObjectNode order = JSON.createObjectNode();
        order.put("order", id.isEmpty() ? "o-" + UUID.randomUUID().toString().substring(0, 8) : id);
        order.put("customer", customer);
        order.put("sku", sku);
        order.put("qty", qty.asInt());
        if (book.map(OrderBook::giftWrap).orElse(false)) {
            order.put("giftWrap", body.path("giftWrap").asBoolean(false));
        }
        return order;
    }

    @Override
    public void close() {
        producer.close();
        book.ifPresent(OrderBook::close);
    }
}
