package dev.sandboxtests.diff.summary;

import java.util.List;

/**
 * The totals of a run.
 *
 * @param smartTests       SmartTests (behavioral diffs) in the run
 * @param withHigh         SmartTests with at least one HIGH difference
 * @param withMedium       SmartTests with at least one MEDIUM difference
 * @param relevant         SmartTests with a HIGH or MEDIUM difference
 * @param failed           SmartTests whose test failed
 * @param withCaveats      SmartTests whose diff has caveats
 * @param differences      differences of all SmartTests, by relevance
 */
public record RunTotals(int smartTests, int withHigh, int withMedium, int relevant, int failed, int withCaveats,
                        Counts differences) {

    /** @return the totals of {@code smartTests} */
    public static RunTotals of(List<SmartTestSummary> smartTests) {
        Counts counts = new Counts(0, 0, 0);
        int high = 0;
        int medium = 0;
        int relevant = 0;
        int failed = 0;
        int caveats = 0;
        for (SmartTestSummary test : smartTests) {
            counts = counts.plus(test.counts());
            high += test.counts().high() > 0 ? 1 : 0;
            medium += test.counts().medium() > 0 ? 1 : 0;
            relevant += test.relevant() ? 1 : 0;
            failed += Boolean.TRUE.equals(test.failed()) ? 1 : 0;
            caveats += test.caveats().isEmpty() ? 0 : 1;
        }
        return new RunTotals(smartTests.size(), high, medium, relevant, failed, caveats, counts);
    }
}
