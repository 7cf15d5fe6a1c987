package dev.sandboxtests.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prints, from JMH's JSON results, the median of each library per scenario and the ratios issue 3 sets
 * goals for, as Markdown tables for {@code docs/benchmarks.md}:
 * <ul>
 *   <li>ordered arrays: smart-diff's median / the fastest peer's median, goal at most 0.5;</li>
 *   <li>unordered 1,000-item arrays: JsonUnit's median / smart-diff's median, goal at least 100.</li>
 * </ul>
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.sandboxtests.benchmarks.BenchmarkSummary results.json [more.json ...]
 * </pre>
 * Medians are JMH's p0.50, so the benchmarks run in SampleTime mode; a result in another mode falls back
 * to its score (a mean), and the table says so.
 */
public final class BenchmarkSummary {

    static final double ORDERED_GOAL = 0.5;
    static final double UNORDERED_GOAL = 100;

    private BenchmarkSummary() {
    }

    /**
     * @param args JMH JSON result files (default {@code results.json}); several files, e.g. one per
     *             scenario as {@code benchmarks/run-benchmarks.sh} writes them, are read as one run
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<JmhResult> results = new ArrayList<>();
        for (String file : args.length > 0 ? args : new String[] {"results.json"}) {
            results.addAll(JmhResult.read(Path.of(file)));
        }
        print(results, System.out);
    }

    /**
     * @param results the rows of one JMH run
     * @param out     where the tables go
     */
    static void print(List<JmhResult> results, PrintStream out) {
        Map<String, Map<Contender, JmhResult>> ordered = byScenario(results, "OrderedDiffBenchmark");
        Map<String, Map<Contender, JmhResult>> unordered = byScenario(results, "UnorderedDiffBenchmark");
        Map<String, Map<Contender, JmhResult>> mixedOrdered = byScenario(results, "MixedChangesOrderedBenchmark");
        Map<String, Map<Contender, JmhResult>> mixedUnordered = byScenario(results, "MixedChangesUnorderedBenchmark");
        String unit = results.isEmpty() ? "us/op" : results.get(0).unit();
        String statistic = results.stream().allMatch(result -> result.mode().equals("sample"))
                ? "median (JMH SampleTime p0.50)" : "score (not all results are SampleTime: some figures are means)";
        out.println("Figures: " + statistic + ", " + unit.replace("us/", "µs/") + ".");
        out.println();
        againstFastestPeer(ordered, "Ordered arrays", out);
        againstFastestPeer(mixedOrdered, "Mixed changes (issue 14), ordered arrays", out);
        againstFastestPeer(mixedUnordered, "Mixed changes (issue 14), unordered arrays", out);
        if (!unordered.isEmpty()) {
            out.println("Unordered arrays: JsonUnit / smart-diff, goal ≥ " + (int) UNORDERED_GOAL);
            out.println();
            out.println("| items | differing | smart-diff | JsonUnit | JSONassert | JsonUnit / smart-diff | goal ≥ 100 |");
            out.println("|---|---|---:|---:|---:|---:|---|");
            unordered.values().forEach(row -> out.println(unorderedRow(row)));
            out.println();
        }
    }

    private static void againstFastestPeer(Map<String, Map<Contender, JmhResult>> rows, String title, PrintStream out) {
        if (rows.isEmpty()) {
            return;
        }
        out.println(title + ": smart-diff / fastest peer, goal ≤ " + ORDERED_GOAL);
        out.println();
        out.println("| size | differing | smart-diff | JsonUnit | JSONassert | zjsonpatch | fastest peer"
                + " | smart-diff / fastest peer | goal ≤ 0.5 |");
        out.println("|---|---|---:|---:|---:|---:|---|---:|---|");
        rows.values().forEach(row -> out.println(orderedRow(row)));
        out.println();
    }

    /** Rows of one benchmark class grouped by their parameters, ordered by size and then share. */
    private static Map<String, Map<Contender, JmhResult>> byScenario(List<JmhResult> results, String benchmarkClass) {
        Map<String, Map<Contender, JmhResult>> scenarios = new LinkedHashMap<>();
        results.stream()
                .filter(result -> result.benchmarkClass().equals(benchmarkClass))
                .sorted(Comparator.comparingInt((JmhResult result) -> sizeOrder(result.param("size")))
                        .thenComparing(result -> result.param("items"))
                        .thenComparingInt(result -> differingOrder(result.param("differing"))))
                .forEach(result -> scenarios.computeIfAbsent(result.params().toString(),
                        key -> new EnumMap<>(Contender.class)).put(result.contender(), result));
        return scenarios;
    }

    private static String orderedRow(Map<Contender, JmhResult> row) {
        JmhResult any = row.values().iterator().next();
        Optional<JmhResult> fastestPeer = row.values().stream()
                .filter(result -> result.contender().isPeer())
                .min(Comparator.comparingDouble(JmhResult::median));
        Optional<JmhResult> ours = Optional.ofNullable(row.get(Contender.SMART_DIFF));
        String ratio = "–";
        String goal = "–";
        if (ours.isPresent() && fastestPeer.isPresent()) {
            double value = ours.get().median() / fastestPeer.get().median();
            ratio = format(value, 2);
            goal = value <= ORDERED_GOAL ? "met" : "not met";
        }
        return "| " + any.param("size") + " | " + any.param("differing") + " | " + figure(row, Contender.SMART_DIFF)
                + " | " + figure(row, Contender.JSON_UNIT) + " | " + figure(row, Contender.JSON_ASSERT)
                + " | " + figure(row, Contender.ZJSONPATCH) + " | "
                + fastestPeer.map(result -> result.contender().displayName()).orElse("–")
                + " | " + ratio + " | " + goal + " |";
    }

    private static String unorderedRow(Map<Contender, JmhResult> row) {
        JmhResult any = row.values().iterator().next();
        String ratio = "–";
        String goal = "–";
        if (row.containsKey(Contender.SMART_DIFF) && row.containsKey(Contender.JSON_UNIT)) {
            double value = row.get(Contender.JSON_UNIT).median() / row.get(Contender.SMART_DIFF).median();
            ratio = format(value, 1);
            goal = value >= UNORDERED_GOAL ? "met" : "not met";
        }
        return "| " + any.param("items") + " | " + any.param("differing") + " | " + figure(row, Contender.SMART_DIFF)
                + " | " + figure(row, Contender.JSON_UNIT) + " | " + figure(row, Contender.JSON_ASSERT)
                + " | " + ratio + " | " + goal + " |";
    }

    private static String figure(Map<Contender, JmhResult> row, Contender contender) {
        JmhResult result = row.get(contender);
        return result == null ? "–" : format(result.median(), result.median() < 100 ? 1 : 0);
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static int sizeOrder(String label) {
        for (DocumentSize size : DocumentSize.values()) {
            if (size.label().equals(label)) {
                return size.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int differingOrder(String label) {
        for (Differing differing : Differing.values()) {
            if (differing.label().equals(label)) {
                return differing.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }
}
