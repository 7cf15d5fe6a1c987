package dev.sandboxtests.benchmarks.kafka;

import dev.sandboxtests.kafka.RecordHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What the consumers of the throughput figures do with a record they process, the same on every side: count it
 * and read its value (the sum of the values' lengths keeps the work from being optimised away).
 */
final class HandlerWork implements RecordHandler<String, String> {

    long processed;
    long checksum;

    @Override
    public void handle(ConsumerRecord<String, String> record) {
        processed++;
        checksum += record.value().length();
    }
}
