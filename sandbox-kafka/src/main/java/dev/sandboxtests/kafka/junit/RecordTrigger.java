package dev.sandboxtests.kafka.junit;

import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.junit.SmartCall;
import dev.sandboxtests.kafka.RoutedRecords;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The action of an event SmartTest that produces a record, carrying the side's routing key. */
final class RecordTrigger implements SmartCall {

    private final ProducerRecord<byte[], byte[]> record;
    private final KafkaTestBroker broker;

    RecordTrigger(ProducerRecord<byte[], byte[]> record, KafkaTestBroker broker) {
        this.record = record;
        this.broker = broker;
    }

    /** Produces the record, acknowledged by the broker; the capture's status is {@code SENT}. */
    @Override
    public Capture send(Target target) throws Exception {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<byte[], byte[]> keyed = RoutedRecords.withKey(record, target.routingKey().orElseThrow(),
                    target.routingHeaders());
            producer.send(keyed).get(30, TimeUnit.SECONDS);
        }
        return Capture.of(0, Map.of(), null).withStatusName("SENT");
    }

    @Override
    public Optional<Request> request() {
        return Optional.of(new Request("Kafka", record.topic()));
    }

    @Override
    public String toString() {
        return "a record to " + record.topic();
    }
}
