package dev.sandboxtests.diff.alignment;

import dev.sandboxtests.diff.reading.JsonTape;
import java.util.List;

/**
 * Whether {@link SequenceAlignment} pairs every element of an ordered array with the fork element at
 * the same index, when the fork is the baseline with some elements replaced
 * ({@link ChangedChildren}). It pairs by subtree hash, so what counts is which elements' hashes
 * changed:
 * <ul>
 *   <li>at most one changed: the common prefix and suffix pair everything else, and the one left is
 *       paired with the one left;</li>
 *   <li>more: the unchanged elements in between are anchors (their hashes occur once on each side)
 *       only if their hashes are unique in the baseline and no changed element's new hash is one of
 *       the baseline's; then the stretches between anchors hold changed elements only, which are
 *       paired by position only when each holds one (with two, an identifying field such as
 *       {@code id} may pair them crosswise).</li>
 * </ul>
 * Anything else may be aligned otherwise (an element may turn out inserted, say), so the caller then
 * compares the whole array.
 */
final class PositionalPairing {

    private PositionalPairing() {
    }

    /**
     * @param tape    the baseline
     * @param array   an array of the baseline
     * @param changed its children whose bytes differ in the fork, in order
     */
    static boolean holds(JsonTape tape, int array, List<ChangedChildren.Changed> changed) {
        int count = tape.count(array);
        boolean[] rehashed = new boolean[count];
        int rehashedCount = 0;
        int previous = -2;
        for (ChangedChildren.Changed child : changed) {
            if (child.rehashed()) {
                if (child.index() == previous + 1) {
                    return false; // two neighbours changed: they might be paired crosswise
                }
                rehashed[child.index()] = true;
                rehashedCount++;
                previous = child.index();
            }
        }
        if (rehashedCount <= 1) {
            return true;
        }
        HashSlots slots = new HashSlots();
        slots.reset(count);
        int[] occurrences = new int[slots.capacity()];
        for (int child = array + 1, end = tape.next(array); child < end; child = tape.next(child)) {
            occurrences[slots.insert(tape.hash(child))]++;
        }
        for (int index = 0, child = array + 1; index < count; index++, child = tape.next(child)) {
            if (!rehashed[index] && occurrences[slots.find(tape.hash(child))] != 1) {
                return false;
            }
        }
        for (ChangedChildren.Changed child : changed) {
            if (child.rehashed() && slots.find(child.fork().tape().hash(0)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
