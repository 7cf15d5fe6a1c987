package dev.sandboxtests.benchmarks.kafka;

import dev.sandboxtests.kafka.KafkaRouting;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the library adds per record, without a broker: one poll's worth of records (500, {@code max.poll.records}'s
 * default), already in memory, handled as a plain loop would and as {@link KafkaRouting#handle} does (the
 * decision, the routing context, the handler), and the decision and the context alone. Nanoseconds per record.
 * {@code records=mix} is the {@link RecordKind} mix of the throughput runs; {@code unkeyed} and {@code keyed}
 * split it (keyed: the four kinds with a key, in their shares). It explains the gap that
 * {@link ConsumerThroughput} measures when the consumers are bound by reading records rather than by commits.
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar '\.RecordRoutingBenchmark\.' -prof gc -rf json -rff record-routing.json
 * </pre>
 */
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(RecordRoutingBenchmark.BATCH)
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
public class RecordRoutingBenchmark {

    static final int BATCH = 500;

    @Param({"mix", "unkeyed", "keyed"})
    public String records;

    private ConsumerRecords<String, String> batch;
    private KafkaRouting routing;
    private final HandlerWork work = new HandlerWork();

    @Setup
    public void poll() {
        Sandboxes sandboxes = Sandboxes.random();
        routing = KafkaRouting.of(sandboxes.identity(ShippingConsumer.BASELINE), sandboxes.routes(), OrderRecords.HEADERS);
        List<ConsumerRecord<String, String>> polled = new ArrayList<>();
        for (int id = 0; polled.size() < BATCH; id++) {
            boolean keyed = RecordKind.of(id) != RecordKind.NO_KEY;
            if (records.equals("mix") || keyed == records.equals("keyed")) {
                ProducerRecord<String, String> sent = OrderRecords.record("orders", id, sandboxes);
                polled.add(new ConsumerRecord<>("orders", 0, id, 0L, TimestampType.CREATE_TIME, sent.key().length(),
                        sent.value().length(), sent.key(), sent.value(), new RecordHeaders(sent.headers().toArray()),
                        Optional.empty()));
            }
        }
        batch = new ConsumerRecords<>(Map.of(new TopicPartition("orders", 0), polled), Map.of());
    }

    /** Every record to the handler, as a consumer that knows nothing of sandboxes does. */
    @Benchmark
    public long plain() {
        for (ConsumerRecord<String, String> record : batch) {
            work.handle(record);
        }
        return work.checksum;
    }

    /** What {@link KafkaRouting#poll} does with a poll's records: decide, attach, handle what is baseline's. */
    @Benchmark
    public Object routed() {
        return routing.handle(batch, work);
    }

    /** The decision alone: the routing header read, and the route looked up for keyed records. */
    @Benchmark
    public void decide(Blackhole blackhole) {
        for (ConsumerRecord<String, String> record : batch) {
            blackhole.consume(routing.decide(record));
        }
    }

    /** The routing context alone: made current from the record's headers, and closed. */
    @Benchmark
    public void attach(Blackhole blackhole) {
        for (ConsumerRecord<String, String> record : batch) {
            try (Scope scope = routing.attach(record)) {
                blackhole.consume(scope);
            }
        }
    }
}
