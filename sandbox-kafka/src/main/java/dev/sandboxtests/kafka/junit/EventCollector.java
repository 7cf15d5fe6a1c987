package dev.sandboxtests.kafka.junit;

import dev.sandboxtests.kafka.RoutedRecords;
import dev.sandboxtests.routing.InvalidRoutingKeyException;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads what arrives on the output topics of an event SmartTest from the moment it is opened (every
 * partition, from its end), and keeps the records that carry one side's routing key. It joins no consumer
 * group and creates no topic, so it leaves nothing on the broker.
 */
final class EventCollector implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Integer> expected;
    private final RoutingHeaders headers;

    private EventCollector(KafkaConsumer<byte[], byte[]> consumer, Map<String, Integer> expected, RoutingHeaders headers) {
        this.consumer = consumer;
        this.expected = expected;
        this.headers = headers;
    }

    /**
     * Starts reading {@code expected}'s topics at their ends.
     *
     * @throws IllegalStateException naming a topic that does not exist
     */
    static EventCollector open(KafkaTestBroker broker, Map<String, Integer> expected, RoutingHeaders headers) {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : expected.keySet()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos == null || infos.isEmpty()) {
                    throw new IllegalStateException("The event SmartTest listens on topic '" + topic + "', which does not"
                            + " exist on the " + broker + ": create it first (KafkaTestBroker.createTopic) or name the"
                            + " topic the service produces to.");
                }
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolves the ends now, before anything is triggered
            return new EventCollector(consumer, expected, headers);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /**
     * Collects the records that carry {@code key} until every topic has its expected count and then
     * {@code settle} more has passed (so that extra events that come right after are seen too), or until
     * {@code timeout} has passed.
     */
    Collected collect(RoutingKey key, Duration timeout, Duration settle) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long settledAt = Long.MAX_VALUE;
        List<ConsumerRecord<byte[], byte[]>> matched = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int unkeyed = 0;
        int otherKeys = 0;
        while (System.nanoTime() < Math.min(deadline, settledAt)) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                Optional<RoutingKey> carried = keyOf(record.headers());
                if (carried.isEmpty()) {
                    unkeyed++;
                } else if (carried.get().equals(key)) {
                    matched.add(record);
                    counts.merge(record.topic(), 1, Integer::sum);
                } else {
                    otherKeys++;
                }
            }
            if (settledAt == Long.MAX_VALUE && complete(counts)) {
                settledAt = System.nanoTime() + settle.toNanos();
            }
        }
        return new Collected(matched, counts, complete(counts), unkeyed, otherKeys);
    }

    private boolean complete(Map<String, Integer> counts) {
        return expected.entrySet().stream().allMatch(e -> counts.getOrDefault(e.getKey(), 0) >= e.getValue());
    }

    private Optional<RoutingKey> keyOf(Headers recordHeaders) {
        try {
            return RoutedRecords.key(recordHeaders, headers);
        } catch (InvalidRoutingKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        consumer.close();
    }

    /**
     * What one side produced.
     *
     * @param records   the records carrying the side's key, in the order read
     * @param counts    how many per topic
     * @param complete  whether every topic had its expected count
     * @param unkeyed   records read without a routing key (or with an unusable one)
     * @param otherKeys records read with another key (another side, another test)
     */
    record Collected(List<ConsumerRecord<byte[], byte[]>> records, Map<String, Integer> counts, boolean complete,
                     int unkeyed, int otherKeys) {
    }
}
