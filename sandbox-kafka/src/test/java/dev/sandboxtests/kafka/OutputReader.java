package dev.sandboxtests.kafka;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its start, without a group, for what services produced. */
public final class OutputReader {

    private OutputReader() {
    }

    /** The records of {@code topic} whose value {@code wanted} accepts, until there are {@code count}. */
    public static List<ConsumerRecord<String, String>> read(KafkaTestBroker broker, String topic, int count,
            Predicate<String> wanted) {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Eventually.until(count + " records on " + topic, () -> {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    if (record.value() != null && wanted.test(record.value())) {
                        found.add(record);
                    }
                });
                return found.size() >= count;
            }, () -> found);
        }
        return found;
    }

    /** The routing key of each record read, by value. */
    public static Map<String, Optional<RoutingKey>> keysByValue(KafkaTestBroker broker, String topic, int count,
            Predicate<String> wanted) {
        Map<String, Optional<RoutingKey>> keys = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : read(broker, topic, count, wanted)) {
            keys.put(record.value(), RoutedRecords.key(record.headers(), RoutingHeaders.defaults()));
        }
        return keys;
    }
}
