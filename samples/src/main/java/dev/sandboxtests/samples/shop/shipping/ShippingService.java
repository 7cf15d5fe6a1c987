package dev.sandboxtests.samples.shop.shipping;

import static dev.sandboxtests.samples.shop.JsonHttp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.sandboxtests.kafka.KafkaRouting;
import dev.sandboxtests.kafka.RoutedConsumerLoop;
import dev.sandboxtests.kafka.RoutingProducerInterceptor;
import dev.sandboxtests.samples.shop.JsonHttp;
import dev.sandboxtests.samples.shop.ShopTopics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The shipping service: consumes {@value ShopTopics#ORDER_PLACED} in group {@code shipping} and creates one
 * shipment per order on {@value ShopTopics#SHIPMENT_CREATED}, by its {@link ShippingRules}.
 *
 * <p>It decides per record with sandbox-kafka: {@link KafkaRouting} says who this instance is (the baseline,
 * or a fork in a sandbox with its routing key) and which keys are forked elsewhere, and {@link RoutedConsumerLoop}
 * processes only this instance's records, in group {@code shipping-<routingKey>} on a fork, with the record's
 * routing key current; {@link RoutingProducerInterceptor} writes that key into the shipments it produces.
 *
 * <p>It serves no requests, only {@code GET /health}: {@code 200} once its consumer has been given its
 * partitions, so that an instance is ready when it really consumes.
 */
public final class ShippingService implements AutoCloseable {

    static final String GROUP = "shipping";

    private final KafkaProducer<String, String> producer;
    private final RoutedConsumerLoop<String, String> loop;
    private final HttpServer health;

    private ShippingService(KafkaProducer<String, String> producer, RoutedConsumerLoop<String, String> loop,
            HttpServer health) {
        this.producer = producer;
        this.loop = loop;
        this.health = health;
    }

    /**
     * Starts consuming, and serves {@code /health} on 127.0.0.1:{@code port}.
     *
     * @param kafka   the broker, e.g. {@code localhost:40315}
     * @param routing who this instance is and what it processes, e.g. {@link KafkaRouting#fromEnvironment()}
     */
    public static ShippingService start(int port, String kafka, KafkaRouting routing, ShippingRules rules)
            throws IOException {
        Map<String, Object> producerProperties = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, RoutingProducerInterceptor.class.getName());
        KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties, new StringSerializer(),
                new StringSerializer());
        RoutedConsumerLoop<String, String> loop = RoutedConsumerLoop
                .builder(routing, new StringDeserializer(), new StringDeserializer())
                .bootstrapServers(kafka)
                // A new group reads the topic from its start, so no order placed before it joined is lost.
                .property(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .group(GROUP)
                .topics(ShopTopics.ORDER_PLACED)
                .handler(record -> producer.send(shipment(record, rules)).get())
                .start();
        HttpServer health = JsonHttp.serveHealth(port, () -> problem(loop));
        return new ShippingService(producer, loop, health);
    }

    /** The consumer group the instance consumes in: {@code shipping}, or {@code shipping-<routingKey>} on a fork. */
    public String groupId() {
        return loop.groupId();
    }

    private static ProducerRecord<String, String> shipment(ConsumerRecord<String, String> placed, ShippingRules rules)
            throws IOException {
        JsonNode order = JSON.readTree(placed.value());
        ObjectNode shipment = JSON.createObjectNode();
        shipment.put("shipment", "s-" + UUID.randomUUID().toString().substring(0, 8));
        shipment.put("order", order.path("order").asText());
        shipment.put("customer", order.path("customer").asText());
        shipment.put("sku", order.path("sku").asText());
        shipment.put("qty", order.path("qty").asInt());
        shipment.put("carrier", rules.carrier());
        shipment.put("etaDays", rules.etaDays());
        ProducerRecord<String, String> record = new ProducerRecord<>(ShopTopics.SHIPMENT_CREATED,
                order.path("order").asText(), shipment.toString());
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Why the instance is not ready: its consumer has no partitions yet, or has stopped. */
    private static Optional<String> problem(RoutedConsumerLoop<String, String> loop) {
        if (!loop.isRunning()) {
            return Optional.of("the consumer has stopped: " + loop.failure().map(String::valueOf).orElse("closed"));
        }
        try {
            return loop.awaitAssignment(Duration.ZERO) ? Optional.empty()
                    : Optional.of("group " + loop.groupId() + " has not been given partitions of "
                            + ShopTopics.ORDER_PLACED + " yet");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** Leaves the group first, so that a fork's group can be deleted as soon as its sandbox closes. */
    @Override
    public void close() {
        health.stop(0);
        loop.close();
        producer.close();
    }
}
