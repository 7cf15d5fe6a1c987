package dev.sandboxtests.diff.report;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.Section;
import dev.sandboxtests.diff.reading.LineRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each difference is in the fork's body, for the fork pane of the HTML report. JSON Pointers are
 * already fork paths (but for REMOVED values, which the fork does not have). Text differences are at
 * baseline lines; in the fork, a difference starts where its baseline line is moved to by the lines
 * the differences before it added or removed, and spans the lines of its fork value.
 *
 * <p>That count is exact when every text difference is in the diff. An ignore rule may have dropped
 * one that added or removed lines, and then the fork's lines cannot be told: they are left unlocated
 * ({@code null}) rather than marked in the wrong place.
 */
final class ForkLines {

    private ForkLines() {
    }

    /**
     * @param diff  the diff
     * @param count how many of its differences, from the first, to locate
     * @return the path of each of them in the fork's body: a JSON Pointer, {@code #L…}, or {@code null}
     */
    static List<String> paths(BehaviorDiff diff, int count) {
        List<String> paths = new ArrayList<>(count);
        boolean complete = diff.ignoredCount() == 0;
        int shift = 0;
        for (Difference difference : diff.differences().subList(0, count)) {
            LineRange lines = difference.section() == Section.BODY
                    ? LineRange.fromPath(difference.path()).orElse(null) : null;
            if (lines == null) {
                paths.add(difference.path());
                continue;
            }
            int baselineLines = difference.operation() == Operation.ADDED ? 0 : lines.last() - lines.first() + 1;
            int forkLines = difference.fork().isMissingNode() ? 0 : LineRange.lineCount(difference.fork().asText());
            int first = lines.first() + shift;
            paths.add(complete && forkLines > 0 ? new LineRange(first, first + forkLines - 1).path() : null);
            shift += forkLines - baselineLines;
        }
        return paths;
    }
}
