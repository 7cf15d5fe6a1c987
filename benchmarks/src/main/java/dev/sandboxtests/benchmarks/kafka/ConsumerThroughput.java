package dev.sandboxtests.benchmarks.kafka;

import dev.sandboxtests.kafka.KafkaRouting;
import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 10's throughput figure: the library's sandbox-aware consumers against a plain {@code KafkaConsumer} loop,
 * reading the same records on the same broker in one run; goal at least 90% of plain. The library's consumers
 * are shipping's baseline with the routes of four sandboxes (three fork shipping), so keyed records are looked
 * up; the records are the mix of {@link RecordKind} (85% without key).
 *
 * <p>The topic is produced once. Then every round reads it once per {@link ConsumerSide}, each pass in a new
 * group from the start ({@link ThroughputPass}), the order of the sides rotating from round to round
 * (plain, poll, loop; poll, loop, plain; ...) and the heap collected before each pass. The warm-up rounds
 * are printed and left out of the summary ({@link ThroughputSummary}). With {@code --commit async} the
 * consumers commit asynchronously ({@link Commits}) and {@code RoutedConsumerLoop}, which cannot, sits out.
 * <pre>
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar dev.sandboxtests.benchmarks.kafka.ConsumerThroughput \
 *     [--records 200000] [--warmup 3] [--rounds 10] [--commit sync|async]
 * </pre>
 * The broker is the in-JVM one of {@link KafkaTestBroker#shared()}, or the one that the system property
 * {@code sandbox.kafka.bootstrap-servers} names. Exit status 0, or 2 when a consumer processed other records
 * than it must (then its time is not comparable).
 */
public final class ConsumerThroughput {

    static final int PARTITIONS = 4;

    private ConsumerThroughput() {
    }

    public static void main(String[] args) throws InterruptedException {
        int records = option(args, "--records", 200_000);
        int warmup = option(args, "--warmup", 3);
        int rounds = option(args, "--rounds", 10);
        Commits commits = Commits.valueOf(textOption(args, "--commit", "sync").toUpperCase(Locale.ROOT));
        List<ConsumerSide> sides = commits == Commits.SYNC ? List.of(ConsumerSide.values())
                : List.of(ConsumerSide.PLAIN, ConsumerSide.ROUTED_POLL);
        KafkaTestBroker broker = KafkaTestBroker.shared();
        Sandboxes sandboxes = Sandboxes.random();
        String topic = "throughput-" + Long.toString(System.currentTimeMillis(), 36);
        broker.createTopic(topic, PARTITIONS);
        long producing = System.nanoTime();
        OrderRecords.produce(broker.bootstrapServers(), topic, records, sandboxes);
        System.out.printf(Locale.ROOT, "Produced %,d records to %s (%d partitions) on the %s in %.1f s%n", records, topic,
                PARTITIONS, broker, (System.nanoTime() - producing) / 1e9);
        KafkaRouting routing = KafkaRouting.of(sandboxes.identity(ShippingConsumer.BASELINE), sandboxes.routes(),
                OrderRecords.HEADERS);
        ThroughputPass pass = new ThroughputPass(broker.bootstrapServers(), topic, records, routing, commits);
        long baselineProcesses = RecordKind.expected(ShippingConsumer.BASELINE, records);

        Map<ConsumerSide, List<ThroughputPass.Result>> measured = new EnumMap<>(ConsumerSide.class);
        String loadBefore = null;
        for (int round = 0; round < warmup + rounds; round++) {
            boolean warming = round < warmup;
            if (round == warmup) {
                loadBefore = LoadAverages.now();
            }
            for (ConsumerSide side : rotated(sides, round)) {
                System.gc();
                ThroughputPass.Result result = pass.run(side, side.name().toLowerCase(Locale.ROOT) + "-" + topic + "-" + round);
                long expected = side == ConsumerSide.PLAIN ? records : baselineProcesses;
                System.out.printf(Locale.ROOT, "%s round %2d %-36s %9.0f records/s  %.3f s (joining %.3f s)  read %,d  processed %,d%n",
                        warming ? "warm-up " : "measured", round, side.description(), result.recordsPerSecond(),
                        result.nanos() / 1e9, result.joinNanos() / 1e9, result.read(), result.processed());
                if (result.read() != records || result.processed() != expected) {
                    System.out.printf(Locale.ROOT, "The %s processed %,d records of %,d read; it must process %,d of %,d.%n",
                            side.description(), result.processed(), result.read(), expected, records);
                    System.exit(2);
                }
                if (!warming) {
                    measured.computeIfAbsent(side, s -> new ArrayList<>()).add(result);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nLoad average (1, 5, 15 min) before the measured rounds %s, after %s.%n",
                loadBefore, LoadAverages.now());
        System.out.printf(Locale.ROOT, "%,d records per pass, %d measured rounds after %d warm-up rounds; the library's"
                + " consumers process %,d of them and skip %,d. Commits: %s.%n%n", records, rounds, warmup,
                baselineProcesses, records - baselineProcesses, commits.description());
        ThroughputSummary.print(measured, System.out);
        System.exit(0);
    }

    /** The sides in the order of {@code round}: rotated by one each round. */
    static List<ConsumerSide> rotated(List<ConsumerSide> sides, int round) {
        List<ConsumerSide> order = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            order.add(sides.get((round + i) % sides.size()));
        }
        return order;
    }

    private static int option(String[] args, String name, int defaultValue) {
        return Integer.parseInt(textOption(args, name, Integer.toString(defaultValue)).replace("_", ""));
    }

    private static String textOption(String[] args, String name, String defaultValue) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name)) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                return args[i + 1];
            }
        }
        return defaultValue;
    }
}
