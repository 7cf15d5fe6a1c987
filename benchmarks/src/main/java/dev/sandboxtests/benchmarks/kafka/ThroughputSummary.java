package dev.sandboxtests.benchmarks.kafka;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measured rounds of {@link ConsumerThroughput} as Markdown: per consumer the median records/s and its
 * spread, the ratio of each library consumer's median to the plain one's against the goal, and the same ratio
 * taken round by round (each round measures every side within seconds of the others, so slow drifts of the
 * machine's load cancel out there).
 */
final class ThroughputSummary {

    static final double GOAL = 0.90;

    private ThroughputSummary() {
    }

    /** @param rounds per side, its passes in round order (every side has one pass per round) */
    static void print(Map<ConsumerSide, List<ThroughputPass.Result>> rounds, PrintStream out) {
        Spread plain = spread(rounds.get(ConsumerSide.PLAIN));
        out.println("| consumer | median records/s | min | max | (max − min) / median | median / plain's | per round: / plain, median (min–max) | goal ≥ "
                + format(GOAL, 2) + " × plain |");
        out.println("|---|---:|---:|---:|---:|---:|---|---|");
        for (ConsumerSide side : ConsumerSide.values()) {
            List<ThroughputPass.Result> passes = rounds.get(side);
            if (passes == null || passes.isEmpty()) {
                continue;
            }
            Spread spread = spread(passes);
            boolean isPlain = side == ConsumerSide.PLAIN;
            double ratio = spread.median() / plain.median();
            String paired = isPlain ? "–" : pairedRatios(passes, rounds.get(ConsumerSide.PLAIN));
            out.println("| " + side.description() + " | " + format(spread.median(), 0) + " | " + format(spread.min(), 0)
                    + " | " + format(spread.max(), 0) + " | " + format(100 * spread.relativeRange(), 1) + "%"
                    + " | " + (isPlain ? "–" : format(ratio, 3)) + " | " + paired
                    + " | " + (isPlain ? "–" : ratio >= GOAL ? "met" : "**not met**") + " |");
        }
    }

    private static String pairedRatios(List<ThroughputPass.Result> passes, List<ThroughputPass.Result> plain) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(passes.size(), plain.size()); i++) {
            ratios.add(passes.get(i).recordsPerSecond() / plain.get(i).recordsPerSecond());
        }
        Spread spread = Spread.of(ratios);
        return format(spread.median(), 3) + " (" + format(spread.min(), 3) + "–" + format(spread.max(), 3) + ")";
    }

    private static Spread spread(List<ThroughputPass.Result> passes) {
        return Spread.of(passes.stream().map(ThroughputPass.Result::recordsPerSecond).toList());
    }

    static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
