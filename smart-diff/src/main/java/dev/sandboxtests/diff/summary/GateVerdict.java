package dev.sandboxtests.diff.summary;

import dev.sandboxtests.diff.PathPattern;
import dev.sandboxtests.diff.Relevance;
import java.util.ArrayList;
import java.util.List;

/**
 * What crossed the gate's threshold: per SmartTest, its differences that count and its caveats.
 *
 * @param crossings the SmartTests that crossed it, in the summary's order; empty when the gate passes
 */
record GateVerdict(List<Crossing> crossings) {

    /**
     * One SmartTest that crossed the threshold.
     *
     * @param smartTest   the SmartTest
     * @param differences its differences at or above the threshold and at no expected location
     * @param caveats     its caveats, when they count
     */
    record Crossing(SmartTestSummary smartTest, List<NotableDifference> differences, List<String> caveats) {
    }

    static GateVerdict of(RunSummary summary, GateOptions options) {
        List<Crossing> crossings = new ArrayList<>();
        for (SmartTestSummary test : summary.smartTests()) {
            List<NotableDifference> counted = test.differences().stream()
                    .filter(difference -> difference.relevance().compareTo(options.failOn()) <= 0)
                    .filter(difference -> !expected(difference, options.expected()))
                    .toList();
            List<String> caveats = options.allowCaveats() ? List.of() : test.caveats();
            if (!counted.isEmpty() || !caveats.isEmpty()) {
                crossings.add(new Crossing(test, counted, caveats));
            }
        }
        return new GateVerdict(List.copyOf(crossings));
    }

    private static boolean expected(NotableDifference difference, List<PathPattern> expected) {
        return expected.stream().anyMatch(pattern -> pattern.covers(difference.location()));
    }

    boolean passed() {
        return crossings.isEmpty();
    }

    /** What the gate prints: one block per SmartTest that crossed the threshold. */
    String describe(GateOptions options) {
        Relevance failOn = options.failOn();
        if (passed()) {
            return "sandbox-tests gate: passed, no SmartTest has " + (failOn == Relevance.HIGH ? "HIGH" : "HIGH or MEDIUM")
                    + " differences outside the expected locations.";
        }
        StringBuilder text = new StringBuilder("sandbox-tests gate: "
                + RunSummary.plural(crossings.size(), "SmartTest crossed", "SmartTests crossed") + " the threshold ("
                + (failOn == Relevance.HIGH ? "HIGH" : "HIGH or MEDIUM") + " differences"
                + (options.allowCaveats() ? "" : ", caveats") + "):");
        for (Crossing crossing : crossings) {
            text.append("\n  ").append(crossing.smartTest().title());
            if (crossing.smartTest().reports().html() != null) {
                text.append(" — ").append(crossing.smartTest().reports().html());
            }
            for (NotableDifference difference : crossing.differences()) {
                text.append("\n    ").append(difference.relevance()).append(' ').append(difference.location())
                        .append(": ").append(difference.reason());
            }
            for (String caveat : crossing.caveats()) {
                text.append("\n    caveat: ").append(caveat);
            }
        }
        return text.toString();
    }
}
