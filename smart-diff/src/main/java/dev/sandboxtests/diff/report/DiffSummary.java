package dev.sandboxtests.diff.report;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Relevance;
import java.util.Objects;

/**
 * The counts every report starts with: how many differences of each {@link Relevance}, whether any
 * is relevant, how many expected changes did not happen, and how much evidence the noise was
 * learned from.
 *
 * <pre>{@code
 * DiffSummary summary = DiffSummary.of(diff);
 * summary.high();       // 1
 * summary.relevant();   // true
 * }</pre>
 *
 * @param differences       all differences, of any relevance
 * @param high              differences of {@link Relevance#HIGH} relevance
 * @param medium            differences of {@link Relevance#MEDIUM} relevance
 * @param low               differences of {@link Relevance#LOW} relevance
 * @param relevant          whether there is at least one high or medium difference
 * @param unmetExpectations expected changes that did not happen
 * @param baselineSamples   how many baseline samples the noise was learned from (1: none learned)
 * @param ignored           differences dropped by ignore rules (not among {@code differences})
 */
public record DiffSummary(int differences, int high, int medium, int low, boolean relevant,
                          int unmetExpectations, int baselineSamples, int ignored) {

    /**
     * @param diff the diff to count
     * @return its summary
     */
    public static DiffSummary of(BehaviorDiff diff) {
        Objects.requireNonNull(diff, "diff");
        int[] counts = new int[Relevance.values().length];
        for (Difference difference : diff.differences()) {
            counts[difference.relevance().ordinal()]++;
        }
        return new DiffSummary(diff.differences().size(), counts[Relevance.HIGH.ordinal()],
                counts[Relevance.MEDIUM.ordinal()], counts[Relevance.LOW.ordinal()], diff.hasRelevantChanges(),
                diff.unmetExpectations().size(), diff.baselineSamples(), diff.ignoredCount());
    }

    /**
     * @param relevance a relevance
     * @return how many differences have it
     */
    public int count(Relevance relevance) {
        return switch (Objects.requireNonNull(relevance, "relevance")) {
            case HIGH -> high;
            case MEDIUM -> medium;
            case LOW -> low;
        };
    }

    /**
     * One line for consoles, e.g. {@code HIGH 1, MEDIUM 2, LOW 0; relevant changes: yes; baseline samples: 2}.
     *
     * @return the line
     */
    public String describe() {
        StringBuilder line = new StringBuilder()
                .append("HIGH ").append(high).append(", MEDIUM ").append(medium).append(", LOW ").append(low)
                .append("; relevant changes: ").append(relevant ? "yes" : "no");
        if (unmetExpectations > 0) {
            line.append("; unmet expectations: ").append(unmetExpectations);
        }
        if (ignored > 0) {
            line.append("; ignored by rules: ").append(ignored);
        }
        return line.append("; baseline samples: ").append(baselineSamples).toString();
    }
}
