package dev.sandboxtests.benchmarks.kafka;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import java.time.Duration;
import java.util.Locale;

/**
 * Issue 10's isolation figure: a mixed run ({@link MixedRun}) of 100,000 records across shipping's baseline and
 * the forks of three sandboxes, every record counted by who processed it: 0 processed by the wrong consumer,
 * 0 processed twice, 0 lost is the goal. Prints the counts as Markdown for {@code docs/benchmarks.md}.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.sandboxtests.benchmarks.kafka.MixedRunCheck [records]
 * </pre>
 * The broker is the in-JVM one of {@link KafkaTestBroker#shared()}, or the one that the system property
 * {@code sandbox.kafka.bootstrap-servers} names. Exit status: 0 isolated, 1 not.
 */
public final class MixedRunCheck {

    static final int RECORDS = 100_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private MixedRunCheck() {
    }

    public static void main(String[] args) throws InterruptedException {
        int records = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : RECORDS;
        KafkaTestBroker broker = KafkaTestBroker.shared();
        Sandboxes sandboxes = Sandboxes.random();
        String loadBefore = LoadAverages.now();
        MixedRun.Outcome outcome = new MixedRun(broker, sandboxes, sandboxes.routes())
                .run("mixed-" + Long.toString(System.currentTimeMillis(), 36), records, TIMEOUT);
        String loadAfter = LoadAverages.now();
        IsolationCounts counts = outcome.counts();
        System.out.printf(Locale.ROOT, "Mixed run on the %s: %,d records on %d partitions, produced while shipping's"
                        + " baseline and 3 forks consumed them; %.1f s from starting the consumers until each had read"
                        + " every record. Load average (1, 5, 15 min) before %s, after %s.%n%n",
                broker, records, MixedRun.PARTITIONS, outcome.took().toMillis() / 1000.0, loadBefore, loadAfter);
        System.out.println("| consumer | group | must process | processed | read |");
        System.out.println("|---|---|---:|---:|---:|");
        for (ShippingConsumer consumer : ShippingConsumer.values()) {
            System.out.printf(Locale.ROOT, "| %s | `%s` | %,d | %,d | %,d |%n", consumer.name().toLowerCase(Locale.ROOT),
                    outcome.groups().get(consumer), counts.expected().getOrDefault(consumer, 0L),
                    counts.processed().get(consumer), counts.read().get(consumer));
        }
        System.out.println();
        System.out.println("| records | processed by the wrong consumer | processed twice | lost | isolated |");
        System.out.println("|---:|---:|---:|---:|---|");
        System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %,d | %s |%n", counts.records(), counts.wrongConsumer(),
                counts.twice(), counts.lost(), counts.isolated() ? "yes" : "**no**");
        System.exit(counts.isolated() ? 0 : 1);
    }
}
