package dev.sandboxtests.samples.shop.notifications;

import static dev.sandboxtests.samples.shop.JsonHttp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.sandboxtests.samples.shop.JsonHttp;
import dev.sandboxtests.samples.shop.ShopTopics;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The notifications service: for each shipment on {@value ShopTopics#SHIPMENT_CREATED} it asks pricing
 * over HTTP what the order costs and tells the customer, on {@value ShopTopics#CUSTOMER_NOTIFIED}, what
 * they pay and when the parcel comes.
 *
 * <p>A plain consumer, producer and HTTP client, with no routing code. Run with the OpenTelemetry Java agent,
 * the agent makes each record's context current while the loop handles it (its {@code baggage}, and with it
 * the routing key), so the call to pricing and the notification carry the key on. It is never forked, so it
 * needs no decision either: it handles every record, as the baseline of a service handles those of
 * sandboxes that do not fork it.
 *
 * <p>It serves no requests, only {@code GET /health}: {@code 200} once its consumer has been given its partitions.
 */
public final class NotificationsService implements AutoCloseable {

    static final String GROUP = "notifications";

    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final URI pricing;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Thread thread;
    private final HttpServer health;
    private volatile boolean assigned;
    private volatile Throwable failure;

    private NotificationsService(String kafka, URI pricing, int port) throws IOException {
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                // A new group reads the topic from its start, so no shipment created before it joined is lost.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka),
                new StringSerializer(), new StringSerializer());
        this.pricing = pricing;
        this.thread = new Thread(this::consume, "notifications-consumer");
        this.health = JsonHttp.serveHealth(port, this::problem);
    }

    /**
     * Starts consuming, and serves {@code /health} on 127.0.0.1:{@code port}.
     *
     * @param kafka   the broker, e.g. {@code localhost:40315}
     * @param pricing pricing's HTTP endpoint, e.g. {@code http://127.0.0.1:40123} (its router)
     */
    public static NotificationsService start(int port, String kafka, URI pricing) throws IOException {
        NotificationsService service = new NotificationsService(kafka, pricing, port);
        service.thread.start();
        return service;
    }

    private void consume() {
        try {
            consumer.subscribe(List.of(ShopTopics.SHIPMENT_CREATED), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    assigned = true;
                }

                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }
            });
            while (true) {
                // Iterating the records is what the agent instruments: each one's context is current in the loop body.
                for (ConsumerRecord<String, String> shipment : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        notifyCustomer(shipment);
                    } catch (Exception e) {
                        System.err.println("notifications: could not handle the shipment at " + shipment.topic() + "-"
                                + shipment.partition() + " offset " + shipment.offset() + ": " + e);
                    }
                }
                consumer.commitSync();
            }
        } catch (WakeupException e) {
            // closed
        } catch (RuntimeException e) {
            failure = e;
            e.printStackTrace();
        } finally {
            consumer.close();
        }
    }

    private void notifyCustomer(ConsumerRecord<String, String> record) throws Exception {
        JsonNode shipment = JSON.readTree(record.value());
        String sku = shipment.path("sku").asText();
        int qty = shipment.path("qty").asInt();
        ObjectNode notification = JSON.createObjectNode();
        notification.put("order", shipment.path("order").asText());
        notification.put("customer", shipment.path("customer").asText());
        notification.put("channel", "email");
        notification.put("sku", sku);
        notification.put("qty", qty);
        JsonNode price = price(sku, qty);
        if (price.has("error")) {
            notification.put("priceError", price.path("error").asText());
        } else {
            notification.put("total", price.path("total").asLong());
            notification.put("discount", price.path("discount").asLong());
            notification.put("currency", price.path("currency").asText());
        }
        notification.put("carrier", shipment.path("carrier").asText());
        notification.put("etaDays", shipment.path("etaDays").asInt());
        ProducerRecord<String, String> out = new ProducerRecord<>(ShopTopics.CUSTOMER_NOTIFIED, record.key(),
                notification.toString());
        out.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        producer.send(out).get();
    }

    /**
     * Pricing's answer, or {@code {"error": ...}} when it refuses or cannot be reached (the customer is told
     * without a price). A plain java.net.http call: the OpenTelemetry agent, not this code, adds the routing key.
     */
    private JsonNode price(String sku, int qty) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(pricing.resolve("/prices/" + URLEncoder.encode(sku,
                StandardCharsets.UTF_8) + "?qty=" + qty)).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = JSON.readTree(answer.body());
            return answer.statusCode() == 200 ? body : JSON.createObjectNode()
                    .put("error", "pricing answered " + answer.statusCode() + ": " + body.path("error").asText());
        } catch (IOException e) {
            return JSON.createObjectNode().put("error", "pricing is unreachable at " + pricing + ": " + e);
        }
    }

    private Optional<String> problem() {
        if (failure != null || !thread.isAlive()) {
            return Optional.of("the consumer has stopped: " + (failure != null ? failure : "closed"));
        }
        return assigned ? Optional.empty() : Optional.of("group " + GROUP + " has not been given partitions of "
                + ShopTopics.SHIPMENT_CREATED + " yet");
    }

    /** Leaves the group and stops. */
    @Override
    public void close() {
        health.stop(0);
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
    }
}
