package dev.sandboxtests.benchmarks.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kafka.PollCounts;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** The benchmark's methods, run once without JMH: the routed one handles baseline's share of the batch. */
class KafkaRecordRoutingBenchmarkTest {

    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void theRoutedBatchIsHandledAsBaselineMust() {
        RecordRoutingBenchmark benchmark = new RecordRoutingBenchmark();
        benchmark.records();

        assertThat(benchmark.plain()).isPositive();
        assertThat(benchmark.routed()).isEqualTo(new PollCounts(455, 45, 0, 0));
        benchmark.decide(BLACKHOLE);
        benchmark.attach(BLACKHOLE);
    }
}
