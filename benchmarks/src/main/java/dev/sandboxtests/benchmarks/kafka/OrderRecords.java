package dev.sandboxtests.benchmarks.kafka;

import dev.sandboxtests.kafka.RoutedRecords;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The records of the Kafka runs: record {@code id} has the Kafka key {@code "<id>"} (which spreads the records
 * over the partitions and lets every consumer say which record it processed), a small JSON order as its value
 * (≈ 50 bytes), and, by its {@link RecordKind}, a {@code baggage: sd-routing-key=<key>} header or none,
 * written by {@link RoutedRecords#withKey} as a service's producer would write it.
 */
final class OrderRecords {

    /** The headers the key travels in, producing and consuming: the default, W3C {@code baggage}. */
    static final RoutingHeaders HEADERS = RoutingHeaders.defaults();

    private OrderRecords() {
    }

    /**
     * Sends records {@code 0 .. count - 1} to {@code topic} and waits until the broker has them all.
     *
     * @throws IllegalStateException when the broker refused one
     */
    static void produce(String bootstrapServers, String topic, int count, Sandboxes sandboxes) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (Producer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new StringSerializer())) {
            for (int id = 0; id < count && failure.get() == null; id++) {
                producer.send(record(topic, id, sandboxes), (metadata, exception) -> {
                    if (exception != null) {
                        failure.compareAndSet(null, exception);
                    }
                });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("The broker refused a record of " + topic + ": " + failure.get(), failure.get());
        }
    }

    /** Record {@code id}, with the routing header of its kind. */
    static ProducerRecord<String, String> record(String topic, int id, Sandboxes sandboxes) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, Integer.toString(id), String.format(Locale.ROOT,
                "{\"orderId\":%d,\"sku\":\"SKU-%04d\",\"quantity\":%d}", id, id % 10_000, 1 + id % 5));
        Optional<RoutingKey> key = sandboxes.key(RecordKind.of(id));
        return key.isPresent() ? RoutedRecords.withKey(record, key.get(), HEADERS) : record;
    }

    /** Which record this is. */
    static int id(ConsumerRecord<String, String> record) {
        return Integer.parseInt(record.key());
    }
}
