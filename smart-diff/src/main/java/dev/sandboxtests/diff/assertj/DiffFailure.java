package dev.sandboxtests.diff.assertj;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.rendering.DifferenceTable;
import dev.sandboxtests.diff.rendering.ValueTexts;
import java.util.List;

/** The parts every failure message shares, so that all assertions read alike. */
final class DiffFailure {

    private DiffFailure() {
    }

    /** The expectation, then every difference (and what the table does not show) for context. */
    static String message(String expectation, BehaviorDiff diff) {
        return expectation + "\n\nAll differences, baseline → fork:\n" + DifferenceTable.table(diff);
    }

    /**
     * The message of an assertion on a diff with caveats: the caveats, then what was asserted, then the
     * differences.
     *
     * <pre>
     * Caveat: the fork of 'reviews' received none of this SmartTest's requests: …
     * So this cannot be checked: expected no relevant (HIGH or MEDIUM) changes between baseline and fork.
     *
     * All differences, baseline → fork:
     * no differences
     * </pre>
     *
     * @param asserted what the assertion expected, e.g. {@code a change at /total}
     */
    static String caveated(String asserted, BehaviorDiff diff) {
        String caveats = DifferenceTable.caveats(diff.caveats());
        return message(caveats + "So this cannot be checked: expected " + asserted + ".", diff);
    }

    /** One described line per difference of {@code diff}, for the "what was found" part of a message. */
    static String described(BehaviorDiff diff, List<Difference> differences) {
        StringBuilder lines = new StringBuilder();
        differences.forEach(d -> lines.append("\n  ").append(ValueTexts.describe(d, diff.baseline(), diff.fork())));
        return lines.toString();
    }

    /** One line per expectation: {@code /total (the total goes down)}. */
    static String describedExpectations(List<DiffRules.Expect> expectations) {
        StringBuilder lines = new StringBuilder();
        expectations.forEach(e -> lines.append("\n  ").append(DifferenceTable.describe(e)));
        return lines.toString();
    }
}
