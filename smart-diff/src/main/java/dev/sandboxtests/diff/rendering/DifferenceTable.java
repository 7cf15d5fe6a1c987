package dev.sandboxtests.diff.rendering;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.Difference;
import java.util.List;

/**
 * Lays differences out as aligned columns: the text of
 * {@link dev.sandboxtests.diff.BehaviorDiff#toString()}, which assertion messages show.
 */
public final class DifferenceTable {

    private DifferenceTable() {
    }

    /** The diff's caveats ({@link #caveats}), then its {@link #table}. */
    public static String of(BehaviorDiff diff) {
        return caveats(diff.caveats()) + table(diff);
    }

    /** One line per caveat, each ending with a line break: {@code Caveat: the fork of …}. */
    public static String caveats(List<String> caveats) {
        StringBuilder lines = new StringBuilder();
        caveats.forEach(caveat -> lines.append("Caveat: ").append(caveat).append('\n'));
        return lines.toString();
    }

    /**
     * The table, then what it does not show: how many differences rules dropped, and the expected
     * changes that did not happen (one line each). A status is shown by its name too, when the
     * captures have one.
     */
    public static String table(BehaviorDiff diff) {
        List<Difference> differences = diff.differences();
        int ignoredCount = diff.ignoredCount();
        StringBuilder table = new StringBuilder(rows(differences, diff.baseline(), diff.fork()));
        if (ignoredCount > 0) {
            table.append(differences.isEmpty() ? " (" : "\n(").append(ignoredCount)
                    .append(ignoredCount == 1 ? " difference" : " differences").append(" ignored by rules)");
        }
        for (DiffRules.Expect unmet : diff.unmetExpectations()) {
            table.append("\nexpected change did not happen: ").append(describe(unmet));
        }
        return table.toString();
    }

    /** {@code /total (the total goes down)}. */
    public static String describe(DiffRules.Expect expectation) {
        return expectation.pattern() + " (" + expectation.description() + ")";
    }

    private static String rows(List<Difference> differences, Capture baseline, Capture fork) {
        if (differences.isEmpty()) {
            return "no differences";
        }
        List<String[]> rows = differences.stream()
                .map(d -> new String[] {
                    d.relevance().name(), d.operation().name(),
                    Locations.shorten(d.location(), Locations.LINE_LIMIT),
                    ValueTexts.baseline(d, baseline) + " → " + ValueTexts.fork(d, fork), d.reason()})
                .toList();
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        long relevant = differences.stream().filter(d -> d.relevance().isRelevant()).count();
        StringBuilder table = new StringBuilder()
                .append(differences.size()).append(differences.size() == 1 ? " difference" : " differences")
                .append(" (").append(relevant).append(" relevant):");
        for (String[] row : rows) {
            table.append("\n ");
            for (int column = 0; column < widths.length; column++) {
                table.append(' ').append(row[column]).append(" ".repeat(widths[column] - row[column].length()));
            }
            table.append("  ").append(row[4]);
        }
        return table.toString();
    }
}
