package dev.sandboxtests.benchmarks.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mixed run of {@link MixedRunCheck}, smaller, on the in-JVM broker: every record is processed by exactly the
 * consumer its key routes to, each fork in its own group; and a run whose isolation is broken on purpose (a
 * baseline that knows no routes) is counted as broken.
 */
class KafkaMixedRunTest {

    private static final int RECORDS = 5_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    @Test
    void everyRecordIsProcessedByExactlyTheConsumerItsKeyRoutesTo() throws InterruptedException {
        Sandboxes sandboxes = Sandboxes.random();
        MixedRun.Outcome outcome = new MixedRun(KafkaTestBroker.shared(), sandboxes, sandboxes.routes())
                .run("mixed-test", RECORDS, TIMEOUT);

        IsolationCounts counts = outcome.counts();
        assertThat(counts.wrongConsumer()).as("processed by the wrong consumer").isZero();
        assertThat(counts.twice()).as("processed twice").isZero();
        assertThat(counts.lost()).as("lost").isZero();
        assertThat(counts.read()).as("read by each consumer").containsOnly(
                entry(ShippingConsumer.BASELINE, RECORDS), entry(ShippingConsumer.FORK_1, RECORDS),
                entry(ShippingConsumer.FORK_2, RECORDS), entry(ShippingConsumer.FORK_3, RECORDS));
        assertThat(counts.processed()).isEqualTo(counts.expected()).containsOnly(
                entry(ShippingConsumer.BASELINE, 4_550), entry(ShippingConsumer.FORK_1, 150),
                entry(ShippingConsumer.FORK_2, 150), entry(ShippingConsumer.FORK_3, 150));
        assertThat(counts.isolated()).isTrue();
        for (ShippingConsumer fork : List.of(ShippingConsumer.FORK_1, ShippingConsumer.FORK_2, ShippingConsumer.FORK_3)) {
            assertThat(outcome.groups().get(fork)).isEqualTo("mixed-test-shipping-"
                    + sandboxes.identity(fork).sandboxRoutingKey().orElseThrow().value());
        }
        assertThat(outcome.groups().get(ShippingConsumer.BASELINE)).isEqualTo("mixed-test-shipping");
    }

    @Test
    void aBaselineThatKnowsNoRoutesIsCountedAsBrokenIsolation() throws InterruptedException {
        Sandboxes sandboxes = Sandboxes.random();
        MixedRun.Outcome outcome = new MixedRun(KafkaTestBroker.shared(), sandboxes, baseline -> List.of())
                .run("mixed-test-blind", RECORDS, TIMEOUT);

        // The baseline processes the forks' records too: 3 × 3% of the records, each by two consumers.
        IsolationCounts counts = outcome.counts();
        assertThat(counts.wrongConsumer()).isEqualTo(450);
        assertThat(counts.twice()).isEqualTo(450);
        assertThat(counts.lost()).isZero();
        assertThat(counts.processed()).containsEntry(ShippingConsumer.BASELINE, (long) RECORDS);
        assertThat(counts.isolated()).isFalse();
    }

    private static Map.Entry<ShippingConsumer, Long> entry(ShippingConsumer consumer, long count) {
        return Map.entry(consumer, count);
    }
}
