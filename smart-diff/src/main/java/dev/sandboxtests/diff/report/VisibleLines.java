package dev.sandboxtests.diff.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Which lines of a long document a report shows: all of a short one; of a long one, the start and a
 * window around each difference, within a line budget, so a 50 MB body makes a page a browser opens.
 */
final class VisibleLines {

    /** Documents with at most this many lines are shown whole. */
    static final int WHOLE_DOCUMENT = 2_000;
    /** The first lines of a long document, shown for orientation. */
    static final int HEAD = 100;
    /** Lines shown before and after a difference. */
    static final int CONTEXT = 3;
    /** Lines of a long difference (a large added object) shown from its start. */
    static final int SPAN = 60;
    /** The most lines shown of one document. */
    static final int BUDGET = 5_000;

    private final List<int[]> intervals; // sorted, disjoint, not adjacent
    private final boolean allRangesShown;

    private VisibleLines(List<int[]> intervals, boolean allRangesShown) {
        this.intervals = intervals;
        this.allRangesShown = allRangesShown;
    }

    /**
     * @param total  the number of lines
     * @param ranges first and last lines of the differences, ordered by first line
     */
    static VisibleLines of(int total, List<int[]> ranges) {
        if (total <= WHOLE_DOCUMENT) {
            return new VisibleLines(List.of(new int[] {1, total}), true);
        }
        List<int[]> wanted = new ArrayList<>();
        wanted.add(new int[] {1, HEAD});
        int budget = BUDGET - HEAD;
        boolean all = true;
        for (int[] range : ranges) {
            int from = Math.max(1, range[0] - CONTEXT);
            int to = Math.min(total, Math.min(range[1], range[0] + SPAN) + CONTEXT);
            int last = wanted.get(wanted.size() - 1)[1];
            int cost = to - Math.max(from, last + 1) + 1;
            if (cost > budget) {
                all = false;
                break;
            }
            budget -= Math.max(0, cost);
            wanted.add(new int[] {from, to});
        }
        return new VisibleLines(merge(wanted), all);
    }

    private static List<int[]> merge(List<int[]> sorted) {
        List<int[]> merged = new ArrayList<>();
        for (int[] interval : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(interval.clone());
            }
        }
        return merged;
    }

    boolean contains(int line) {
        int low = 0;
        int high = intervals.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int[] interval = intervals.get(middle);
            if (line < interval[0]) {
                high = middle - 1;
            } else if (line > interval[1]) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** @return whether the window of every difference fitted in the budget */
    boolean allRangesShown() {
        return allRangesShown;
    }
}
