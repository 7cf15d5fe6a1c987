package dev.sandboxtests.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a service does with a record it processes. It runs with the record's routing context current
 * ({@link KafkaRouting#attach}), so what it produces or calls next carries the key on.
 *
 * @param <K> the record key's type
 * @param <V> the record value's type
 */
@FunctionalInterface
public interface RecordHandler<K, V> {

    /**
     * Processes one record.
     *
     * @throws Exception when processing fails; the failure is logged with the record's topic, partition and
     *         offset, and the consumer goes on with the next record
     */
    void handle(ConsumerRecord<K, V> record) throws Exception;
}
