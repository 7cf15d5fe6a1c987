package dev.sandboxtests.benchmarks.kafka;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * How many times each consumer of shipping processed each record, by record id: every record counted, none
 * sampled. Consumers record from their own threads.
 */
final class ProcessedRecords {

    private final int records;
    private final Map<ShippingConsumer, AtomicIntegerArray> times = new EnumMap<>(ShippingConsumer.class);

    /** For records {@code 0 .. records - 1}. */
    ProcessedRecords(int records) {
        this.records = records;
        for (ShippingConsumer consumer : ShippingConsumer.values()) {
            times.put(consumer, new AtomicIntegerArray(records));
        }
    }

    /** {@code consumer} processed record {@code id} (once more). */
    void record(ShippingConsumer consumer, int id) {
        times.get(consumer).incrementAndGet(id);
    }

    /**
     * Counts, for every record, who processed it against who must have ({@link RecordKind#processedBy}).
     *
     * @param read how many records each consumer read, processed or skipped
     */
    IsolationCounts count(Map<ShippingConsumer, Long> read) {
        Map<ShippingConsumer, Long> processed = new EnumMap<>(ShippingConsumer.class);
        Map<ShippingConsumer, Long> expected = new EnumMap<>(ShippingConsumer.class);
        long wrongConsumer = 0;
        long twice = 0;
        long lost = 0;
        for (int id = 0; id < records; id++) {
            ShippingConsumer owner = RecordKind.of(id).processedBy();
            expected.merge(owner, 1L, Long::sum);
            int total = 0;
            boolean byOther = false;
            for (ShippingConsumer consumer : ShippingConsumer.values()) {
                int n = times.get(consumer).get(id);
                total += n;
                byOther |= n > 0 && consumer != owner;
                processed.merge(consumer, (long) n, Long::sum);
            }
            wrongConsumer += byOther ? 1 : 0;
            twice += total > 1 ? 1 : 0;
            lost += times.get(owner).get(id) == 0 ? 1 : 0;
        }
        return new IsolationCounts(records, expected, processed, Map.copyOf(read), wrongConsumer, twice, lost);
    }
}
