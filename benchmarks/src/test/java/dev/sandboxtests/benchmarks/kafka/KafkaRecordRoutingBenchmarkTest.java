package dev.sandboxtests.benchmarks.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kafka.PollCounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjdk.jmh.infra.Blackhole;

/** The benchmark's methods, run once without JMH: the routed one handles baseline's share of each batch. */
class KafkaRecordRoutingBenchmarkTest {

    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @ParameterizedTest
    @CsvSource({"mix, 455", "unkeyed, 500", "keyed, 198"})
    void theRoutedBatchIsHandledAsBaselineMust(String records, long processed) {
        RecordRoutingBenchmark benchmark = new RecordRoutingBenchmark();
        benchmark.records = records;
        benchmark.poll();

        assertThat(benchmark.plain()).isPositive();
        assertThat(benchmark.routed()).isEqualTo(new PollCounts(processed, 500 - processed, 0, 0));
        benchmark.decide(BLACKHOLE);
        benchmark.attach(BLACKHOLE);
    }
}
