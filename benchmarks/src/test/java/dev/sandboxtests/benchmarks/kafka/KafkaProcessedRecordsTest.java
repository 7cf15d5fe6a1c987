package dev.sandboxtests.benchmarks.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counting of a mixed run, on records "processed" by hand: each fault is found and counted once per record. */
class KafkaProcessedRecordsTest {

    private static final int RECORDS = 200;
    private static final int NO_KEY = 0;
    private static final int SANDBOX_1 = 85;
    private static final int PRICING_SANDBOX = 94;

    private final ProcessedRecords processed = new ProcessedRecords(RECORDS);

    @BeforeEach
    void everyRecordByItsOwnConsumer() {
        for (int id = 0; id < RECORDS; id++) {
            processed.record(RecordKind.of(id).processedBy(), id);
        }
    }

    @Test
    void theRecordKindsAreTheOnesTheseTestsName() {
        assertThat(RecordKind.of(NO_KEY)).isEqualTo(RecordKind.NO_KEY);
        assertThat(RecordKind.of(SANDBOX_1)).isEqualTo(RecordKind.SANDBOX_1);
        assertThat(RecordKind.of(PRICING_SANDBOX)).isEqualTo(RecordKind.PRICING_SANDBOX);
        assertThat(RecordKind.expected(ShippingConsumer.BASELINE, 100)).isEqualTo(91);
    }

    @Test
    void eachRecordProcessedOnceByItsOwnConsumerIsIsolated() {
        IsolationCounts counts = processed.count(everyConsumerRead(RECORDS));

        assertThat(counts.isolated()).isTrue();
        assertThat(counts.processed()).isEqualTo(counts.expected());
        assertThat(counts.expected()).containsEntry(ShippingConsumer.BASELINE, 182L).containsEntry(ShippingConsumer.FORK_1, 6L);
    }

    @Test
    void aForkRecordTheBaselineProcessedTooIsWrongAndTwice() {
        processed.record(ShippingConsumer.BASELINE, SANDBOX_1);

        IsolationCounts counts = processed.count(everyConsumerRead(RECORDS));
        assertThat(counts.wrongConsumer()).isEqualTo(1);
        assertThat(counts.twice()).isEqualTo(1);
        assertThat(counts.lost()).isZero();
        assertThat(counts.isolated()).isFalse();
    }

    @Test
    void aBaselineRecordAForkProcessedInsteadIsWrongAndLost() {
        ProcessedRecords instead = new ProcessedRecords(RECORDS);
        for (int id = 0; id < RECORDS; id++) {
            instead.record(id == PRICING_SANDBOX ? ShippingConsumer.FORK_2 : RecordKind.of(id).processedBy(), id);
        }

        IsolationCounts counts = instead.count(everyConsumerRead(RECORDS));
        assertThat(counts.wrongConsumer()).isEqualTo(1);
        assertThat(counts.twice()).isZero();
        assertThat(counts.lost()).isEqualTo(1);
    }

    @Test
    void aRecordItsOwnConsumerProcessedTwiceIsTwice() {
        processed.record(ShippingConsumer.BASELINE, NO_KEY);

        IsolationCounts counts = processed.count(everyConsumerRead(RECORDS));
        assertThat(counts.twice()).isEqualTo(1);
        assertThat(counts.wrongConsumer()).isZero();
        assertThat(counts.lost()).isZero();
    }

    @Test
    void aConsumerThatDidNotReadEveryRecordIsNotIsolatedEvenWithoutFaults() {
        Map<ShippingConsumer, Long> read = everyConsumerRead(RECORDS);
        read.put(ShippingConsumer.FORK_3, RECORDS - 1L);

        assertThat(processed.count(read).isolated()).isFalse();
    }

    private static Map<ShippingConsumer, Long> everyConsumerRead(long records) {
        Map<ShippingConsumer, Long> read = new EnumMap<>(ShippingConsumer.class);
        for (ShippingConsumer consumer : ShippingConsumer.values()) {
            read.put(consumer, records);
        }
        return read;
    }
}
