package dev.sandboxtests.benchmarks.kafka;

import java.util.Map;

/**
 * What a mixed run did with every record, counted by record id. The three faults overlap: a record processed
 * by its own consumer and by another counts as processed by the wrong consumer and as processed twice.
 *
 * @param records       records produced (ids {@code 0 .. records - 1})
 * @param expected      per consumer, how many records its key routes to it
 * @param processed     per consumer, how many times it processed a record
 * @param read          per consumer, how many records it read, processed or skipped (each reads every record once)
 * @param wrongConsumer records processed by a consumer other than the one their key routes to
 * @param twice         records processed more than once, by one consumer or by several
 * @param lost          records the consumer their key routes to did not process
 */
record IsolationCounts(int records, Map<ShippingConsumer, Long> expected, Map<ShippingConsumer, Long> processed,
                       Map<ShippingConsumer, Long> read, long wrongConsumer, long twice, long lost) {

    /** Whether every record was processed by exactly the consumer its key routes to, and read once by each. */
    boolean isolated() {
        return wrongConsumer == 0 && twice == 0 && lost == 0
                && read.size() == ShippingConsumer.values().length
                && read.values().stream().allMatch(n -> n == records);
    }
}
