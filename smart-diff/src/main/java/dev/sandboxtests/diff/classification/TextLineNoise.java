package dev.sandboxtests.diff.classification;

import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.reading.LineRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Noise learned per line of a text body: the lines (numbered as in the first baseline sample) that
 * differed between baseline samples. A fork difference at some lines is noise only when every one of
 * them varied in the same way, so one noisy line (a timestamp) never hides a change on a stable one.
 * <ul>
 *   <li>a changed line or run of lines, when each of its lines differed between samples;</li>
 *   <li>missing lines, when each of them was missing from some sample;</li>
 *   <li>added lines, when some sample had lines there that the first did not.</li>
 * </ul>
 * A run of lines whose length differs between samples counts for all three: its lines differ, are
 * missing from some samples, and may gain lines anywhere in it.
 *
 * <p>What is kept is a few intervals per variation, merged once learning is done; a lookup is a
 * binary search, whatever the size of the text.
 */
final class TextLineNoise {

    /** Lines that varied, of one kind, with the first variation of each merged stretch as evidence. */
    private static final class Stretches {
        private final List<Stretch> learned = new ArrayList<>();
        private List<Stretch> merged;

        void add(int first, int last, Difference evidence) {
            learned.add(new Stretch(first, last, evidence));
            merged = null;
        }

        /** The variation covering every line from first to last, if one stretch does. */
        Difference covering(int first, int last) {
            List<Stretch> stretches = merged();
            int low = 0;
            int high = stretches.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                Stretch stretch = stretches.get(middle);
                if (stretch.last < first) {
                    low = middle + 1;
                } else if (stretch.first > first) {
                    high = middle - 1;
                } else {
                    return stretch.last >= last ? stretch.evidence : null;
                }
            }
            return null;
        }

        /** Sorted, disjoint and not adjacent, so a run covered by several variations is one stretch. */
        private List<Stretch> merged() {
            if (merged == null) {
                List<Stretch> sorted = new ArrayList<>(learned);
                sorted.sort(Comparator.comparingInt(Stretch::first));
                merged = new ArrayList<>();
                for (Stretch stretch : sorted) {
                    Stretch previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                    if (previous != null && stretch.first <= previous.last + 1) {
                        merged.set(merged.size() - 1, new Stretch(previous.first, Math.max(previous.last, stretch.last),
                                previous.evidence));
                    } else {
                        merged.add(stretch);
                    }
                }
            }
            return merged;
        }
    }

    private record Stretch(int first, int last, Difference evidence) {
    }

    private final Stretches changed = new Stretches();
    private final Stretches missing = new Stretches();
    /** Insertion points: lines before which some sample had lines the first did not. */
    private final Stretches added = new Stretches();

    boolean isEmpty() {
        return changed.learned.isEmpty() && missing.learned.isEmpty() && added.learned.isEmpty();
    }

    /** Remembers a difference between the first baseline sample and another one, at {@code lines}. */
    void record(Difference variation, LineRange lines) {
        switch (variation.operation()) {
            case ADDED -> added.add(lines.first(), lines.first(), variation);
            case REMOVED -> missing.add(lines.first(), lines.last(), variation);
            case CHANGED, TYPE_CHANGED -> {
                changed.add(lines.first(), lines.last(), variation);
                if (!lengthKept(variation)) {
                    missing.add(lines.first(), lines.last(), variation);
                    added.add(lines.first(), lines.last() + 1, variation);
                }
            }
        }
    }

    /**
     * @param difference a difference between the first baseline sample and the fork, at {@code lines}
     * @return the variation that makes it noise, or {@code null} when it is not noise
     */
    Difference evidence(Difference difference, LineRange lines) {
        return switch (difference.operation()) {
            case ADDED -> added.covering(lines.first(), lines.first());
            case REMOVED -> missing.covering(lines.first(), lines.last());
            case CHANGED, TYPE_CHANGED -> changed.covering(lines.first(), lines.last());
        };
    }

    /** Whether a changed run has as many lines in the other sample (a reported line is a run of one). */
    private static boolean lengthKept(Difference variation) {
        return variation.operation() == Operation.CHANGED
                && LineRange.lineCount(variation.baseline().asText()) == LineRange.lineCount(variation.fork().asText());
    }
}
