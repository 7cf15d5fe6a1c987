package dev.sandboxtests.diff.alignment;

import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.reading.ByteSpans;
import dev.sandboxtests.diff.reading.FieldNames;
import dev.sandboxtests.diff.reading.JsonTape;
import dev.sandboxtests.diff.reading.JsonTapeReader;
import dev.sandboxtests.diff.reading.PointerPath;
import dev.sandboxtests.diff.reading.ValueAt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares a baseline container with its counterpart in the fork child by child, reading in the fork
 * only the children whose bytes differ: for two changes far apart in a long array, which
 * {@link ChangedRegion} alone would read almost whole.
 *
 * <p>The walk goes through the baseline container's bytes in order. The bytes between child
 * containers (brackets, commas, keys, whitespace and scalar children) must be the same in the fork, at
 * the same place shifted by what the fork's children so far added or took away. A child container
 * whose bytes are the same there is the same value, because the same bytes after the same bytes read
 * as the same tokens. A child whose bytes differ is read in the fork on its own
 * ({@link JsonTapeReader#readContainerAt}); where it ends gives the new shift. The fork is then known
 * to be the baseline with those children replaced, so comparing just them gives every difference.
 *
 * <p>Anything that does not line up gives {@code null}, and the caller reads the fork whole: a gap
 * that differs (a scalar changed, an element inserted or removed, a key renamed, other whitespace),
 * a counterpart that is no container, is invalid or nests beyond Jackson's limit in place, a fork
 * whose container does not end where the common suffix starts, too many bytes to read. So an invalid
 * fork gets its usual error message from the whole read.
 *
 * <p>In an array, a changed child is reported at its own index only if the whole comparison would
 * pair it so: {@link SequenceAlignment} pairs elements by hash, and does pair every element with the
 * one at its index when the elements whose hash did not change have hashes unique in the array, no
 * changed element's new hash is one of the baseline's, and no two changed elements are neighbours
 * (otherwise it may find an insertion or match elements by identity). Other arrays give {@code null}.
 */
final class ChangedChildren {

    private final JsonTape tape;
    private final ByteSpans spans;
    private final byte[] baselineBytes;
    private final byte[] forkBytes;
    private final FieldNames names;
    private final ArrayModes arrayModes;
    /** Fork bytes that may still be read in pieces. */
    private long budget;

    private ChangedChildren(JsonTape tape, ByteSpans spans, byte[] baselineBytes, byte[] forkBytes,
                            ArrayModes arrayModes) {
        this.tape = tape;
        this.spans = spans;
        this.baselineBytes = baselineBytes;
        this.forkBytes = forkBytes;
        this.names = tape.names();
        this.arrayModes = arrayModes;
        // Past half of the fork read in pieces, reading it whole (after this wasted try) is about as cheap.
        this.budget = forkBytes.length / 2;
    }

    /**
     * @param tape       the baseline, read with {@code spans}
     * @param region     the changed bytes, all inside the innermost container of {@code enclosing}
     * @param enclosing  {@link ChangedRegion#enclosingContainers}
     * @param baseline   the baseline's bytes
     * @param fork       the fork's bytes
     * @param arrayModes the rules (all arrays ordered, or the region would not be used)
     * @return the differences, or {@code null} when the fork must be read whole
     */
    static List<Difference> compare(JsonTape tape, ByteSpans spans, ChangedRegion region, int[] enclosing,
                                    byte[] baseline, byte[] fork, ArrayModes arrayModes) {
        int container = enclosing[enclosing.length - 1];
        ChangedChildren walk = new ChangedChildren(tape, spans, baseline, fork, arrayModes);
        List<Changed> changed = walk.changedChildren(container, enclosing.length, region);
        if (changed == null
                || tape.kind(container) == JsonTape.ARRAY && !PositionalPairing.holds(tape, container, changed)) {
            return null;
        }
        PointerPath path = JsonTreeComparison.pathOf(tape, container);
        boolean object = tape.kind(container) == JsonTape.OBJECT;
        List<Difference> differences = new ArrayList<>();
        for (Changed child : changed) {
            PointerPath childPath = object ? path.field(walk.names.name(tape.key(child.node))) : path.index(child.index);
            differences.addAll(new TapeComparison(tape, child.fork.tape(), arrayModes)
                    .differences(child.node, 0, childPath, childPath.toString(), object ? "field" : "element"));
        }
        return differences;
    }

    /**
     * Walks the container's bytes as described above.
     *
     * @param depth the container's nesting depth in the body (1 for the root)
     * @return the children whose bytes differ, with their fork counterparts, or {@code null}
     */
    private List<Changed> changedChildren(int container, int depth, ChangedRegion region) {
        int shift = region.prefixShift();
        int end = spans.end(container);
        int forkLimit = end + region.suffixShift();
        int at = spans.start(container);
        List<Changed> changed = new ArrayList<>();
        boolean array = tape.kind(container) == JsonTape.ARRAY;
        int previousRehashed = -2;
        int index = 0;
        for (int child = container + 1, last = tape.next(container); child < last; child = tape.next(child), index++) {
            if (!tape.isContainerNode(child)) {
                continue; // a scalar child stays in the gap, compared byte for byte
            }
            int start = spans.start(child);
            int childEnd = spans.end(child);
            if (!sameBytes(at, start, shift)) {
                return null;
            }
            at = childEnd;
            if (sameBytes(start, childEnd, shift)) {
                continue;
            }
            budget -= childEnd - start;
            ValueAt counterpart = budget < 0 ? null
                    : JsonTapeReader.readContainerAt(forkBytes, start + shift, forkLimit, childEnd - start + 64, depth, names,
                            tape.numbersByValue());
            if (counterpart == null) {
                return null;
            }
            Changed pair = new Changed(child, index, counterpart, tape.hash(child) != counterpart.tape().hash(0));
            if (array && pair.rehashed() && previousRehashed == index - 1) {
                // PositionalPairing would refuse it: give a shifted array up at its second element,
                // not after reading half the fork.
                return null;
            }
            previousRehashed = pair.rehashed() ? index : previousRehashed;
            changed.add(pair);
            shift = counterpart.end() - childEnd;
        }
        return sameBytes(at, end, shift) && shift == region.suffixShift() ? changed : null;
    }

    /** Whether baseline bytes [from, to) are in the fork at {@code from + shift}. */
    private boolean sameBytes(int from, int to, int shift) {
        int forkFrom = from + shift;
        int forkTo = to + shift;
        return forkFrom >= 0 && forkTo <= forkBytes.length
                && Arrays.equals(baselineBytes, from, to, forkBytes, forkFrom, forkTo);
    }

    /**
     * A child container whose bytes differ in the fork.
     *
     * @param node     the baseline child
     * @param index    its index among all the container's children
     * @param fork     its counterpart in the fork
     * @param rehashed whether its subtree hash changed too: what the alignment of an array goes by
     */
    record Changed(int node, int index, ValueAt fork, boolean rehashed) {
    }
}
