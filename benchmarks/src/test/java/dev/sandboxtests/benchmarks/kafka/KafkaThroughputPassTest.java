package dev.sandboxtests.benchmarks.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.kafka.KafkaRouting;
import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One pass of each side of {@link ConsumerThroughput} on a small topic, without timing anything: every side
 * reads every record, the plain loop handles them all and the library's consumers exactly baseline's.
 */
class KafkaThroughputPassTest {

    private static final int RECORDS = 2_000;
    private static final String TOPIC = "throughput-test";
    private static KafkaRouting routing;

    @BeforeAll
    static void produce() {
        KafkaTestBroker broker = KafkaTestBroker.shared();
        Sandboxes sandboxes = Sandboxes.random();
        broker.createTopic(TOPIC, ConsumerThroughput.PARTITIONS);
        OrderRecords.produce(broker.bootstrapServers(), TOPIC, RECORDS, sandboxes);
        routing = KafkaRouting.of(sandboxes.identity(ShippingConsumer.BASELINE), sandboxes.routes(), OrderRecords.HEADERS);
    }

    @ParameterizedTest
    @EnumSource(ConsumerSide.class)
    void eachSideReadsEveryRecordAndHandlesWhatItMust(ConsumerSide side) throws InterruptedException {
        ThroughputPass.Result result = pass(Commits.SYNC).run(side, "test-" + side);

        assertThat(result.read()).isEqualTo(RECORDS);
        assertThat(result.processed()).isEqualTo(side == ConsumerSide.PLAIN ? RECORDS
                : RecordKind.expected(ShippingConsumer.BASELINE, RECORDS));
        assertThat(result.checksum()).isPositive();
    }

    @Test
    void committingAsynchronouslyReadsTheSameRecords() throws InterruptedException {
        ThroughputPass pass = pass(Commits.ASYNC);

        assertThat(pass.run(ConsumerSide.PLAIN, "test-async-plain").processed()).isEqualTo(RECORDS);
        assertThat(pass.run(ConsumerSide.ROUTED_POLL, "test-async-poll").processed()).isEqualTo(1_820);
        assertThatThrownBy(() -> pass.run(ConsumerSide.ROUTED_LOOP, "test-async-loop"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOrderOfTheSidesRotatesFromRoundToRound() {
        List<ConsumerSide> sides = List.of(ConsumerSide.values());

        assertThat(ConsumerThroughput.rotated(sides, 0)).containsExactly(ConsumerSide.PLAIN, ConsumerSide.ROUTED_POLL,
                ConsumerSide.ROUTED_LOOP);
        assertThat(ConsumerThroughput.rotated(sides, 1)).containsExactly(ConsumerSide.ROUTED_POLL,
                ConsumerSide.ROUTED_LOOP, ConsumerSide.PLAIN);
    }

    @Test
    void aSpreadHasTheMedianOfItsValues() {
        assertThat(Spread.of(List.of(3.0, 1.0, 2.0))).isEqualTo(new Spread(2.0, 1.0, 3.0));
        assertThat(Spread.of(List.of(4.0, 1.0, 2.0, 3.0)).median()).isEqualTo(2.5);
    }

    private static ThroughputPass pass(Commits commits) {
        return new ThroughputPass(KafkaTestBroker.shared().bootstrapServers(), TOPIC, RECORDS, routing, commits);
    }
}
