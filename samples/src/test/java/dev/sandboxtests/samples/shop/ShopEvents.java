package dev.sandboxtests.samples.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.kafka.RoutedRecords;
import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the shop's services produced on one topic, as a test sees it: read from the topic's start by a
 * consumer of no group, each event with its routing key (from its headers) and its JSON value.
 */
final class ShopEvents {

    /** How long {@link #readUntil} waits before it fails: a bound for a loaded machine, not a measure. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record: its key, the routing key it carries, its value. */
    record Event(String key, Optional<RoutingKey> routingKey, JsonNode value) {
        @Override
        public String toString() {
            return value + routingKey.map(key -> " (routing key " + key + ")").orElse(" (no routing key)");
        }
    }

    private final List<Event> events;

    private ShopEvents(List<Event> events) {
        this.events = List.copyOf(events);
    }

    /**
     * Reads {@code topic} until {@code enough} holds for what was read, then on to the end of every partition,
     * so that whatever was produced before the events waited for is read too.
     *
     * @throws AssertionError naming {@code what} and what was read, when {@code enough} never holds
     */
    static ShopEvents readUntil(KafkaTestBroker broker, String topic, String what, Predicate<ShopEvents> enough) {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Event> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!enough.test(new ShopEvents(read))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Still not " + what + " after " + PATIENCE + "; on " + topic + " so far: "
                            + new ShopEvents(read).events);
                }
                poll(consumer, read);
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                poll(consumer, read);
            }
        }
        return new ShopEvents(read);
    }

    private static void poll(KafkaConsumer<String, String> consumer, List<Event> read) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
            try {
                read.add(new Event(record.key(), RoutedRecords.key(record.headers(), RoutingHeaders.defaults()),
                        JSON.readTree(record.value())));
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON on " + record.topic() + ": " + record.value(), e);
            }
        }
    }

    /** The events about {@code order}. */
    List<Event> of(String order) {
        return events.stream().filter(event -> event.value().path("order").asText().equals(order)).toList();
    }

    /** Whether there is an event about each of {@code orders}. */
    boolean haveAll(String... orders) {
        return List.of(orders).stream().noneMatch(order -> of(order).isEmpty());
    }

    /** The carrier of each shipment of {@code order}: baseline ships by ground, the next-day fork by express. */
    List<String> carriersOf(String order) {
        return of(order).stream().map(event -> event.value().path("carrier").asText()).toList();
    }
}
