package dev.sandboxtests.diff.alignment;

import dev.sandboxtests.diff.reading.ByteSpans;
import dev.sandboxtests.diff.reading.ClassifiedBody;
import dev.sandboxtests.diff.reading.FieldNames;
import dev.sandboxtests.diff.reading.JsonTape;
import dev.sandboxtests.diff.reading.JsonTapeReader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The stretch of bytes in which two JSON bodies differ, between their longest common prefix and
 * suffix.
 *
 * <p>A fork usually answers with almost the same bytes as baseline. When the common prefix and suffix
 * cover most of the body, the innermost container of the baseline that encloses the changed stretch
 * is the only place where the documents can differ: outside it, both are the same bytes, so the same
 * tokens. The fork then needs to be read only from that container's start to its end (shifted by the
 * difference in length), and the comparison only within it. If those fork bytes are not exactly one
 * JSON value (an element was appended after the container, say), the next enclosing container is
 * tried; the whole fork is read when none fits, which is also how an invalid fork gets its error
 * message.
 *
 * <p>When that container is itself most of the body (two changes far apart in one long array) but
 * the changes are few ({@link #sparse()}), it is compared child by child instead
 * ({@link ChangedChildren}): only the children whose bytes differ are read in the fork.
 *
 * <p>Only valid for ordered arrays: in an unordered or keyed array, the changed element might be
 * matched with another element, so the comparison must see the whole array.
 */
final class ChangedRegion {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final int MIN_ISLANDS = 4;
    private static final int BYTES_PER_ISLAND = 8 * 1024;

    private final ClassifiedBody baseline;
    private final ClassifiedBody fork;
    /** Bytes the bodies share at the start (from their JSON start); -1 when they are identical. */
    private final int prefix;
    private final int suffix;
    /** {@link #sparse()}, once asked: it scans the changed bytes. */
    private Boolean sparse;

    private ChangedRegion(ClassifiedBody baseline, ClassifiedBody fork, int prefix, int suffix) {
        this.baseline = baseline;
        this.fork = fork;
        this.prefix = prefix;
        this.suffix = suffix;
    }

    /** The region between the bodies' common prefix and suffix, however wide. */
    static ChangedRegion of(ClassifiedBody baseline, ClassifiedBody fork) {
        byte[] b = baseline.bytes();
        byte[] f = fork.bytes();
        int bFrom = baseline.jsonStart();
        int fFrom = fork.jsonStart();
        int prefix = Arrays.mismatch(b, bFrom, b.length, f, fFrom, f.length);
        if (prefix < 0) {
            return new ChangedRegion(baseline, fork, -1, 0);
        }
        int suffix = commonSuffix(b, bFrom + prefix, f, fFrom + prefix);
        return new ChangedRegion(baseline, fork, prefix, suffix);
    }

    /**
     * Whether the common prefix and suffix cover at least half of the baseline, so that reading the
     * fork's counterpart of one enclosing container ({@link #forkPart}) may save much.
     */
    boolean narrow() {
        long common = (long) prefix + suffix;
        return prefix < 0 || common * 2 >= baseline.bytes().length - baseline.jsonStart();
    }

    /**
     * Whether baseline container {@code node} takes more than half of the baseline, so that reading
     * its counterpart in the fork would save little: two changes far apart in one long array, say.
     */
    private boolean wide(ByteSpans spans, int node) {
        return 2L * (spans.end(node) - spans.start(node)) > baseline.bytes().length - baseline.jsonStart();
    }

    /**
     * Whether the changed bytes are a few islands in a sea of equal bytes ({@link ChangeIslands}),
     * about one per {@value #BYTES_PER_ISLAND} bytes of the baseline at most: then reading only the
     * changed children of the container around them ({@link ChangedChildren}) is likely to pay.
     */
    boolean sparse() {
        if (sparse == null) {
            int limit = Math.max(MIN_ISLANDS, (baseline.bytes().length - baseline.jsonStart()) / BYTES_PER_ISLAND);
            sparse = ChangeIslands.atMost(baseline.bytes(), changeStart(), fork.bytes(), changeStart() + prefixShift(),
                    limit);
        }
        return sparse;
    }

    /**
     * Whether to compare the innermost enclosing container child by child ({@link ChangedChildren}):
     * when it is {@link #wide} and the changes are {@link #sparse()}.
     *
     * @param enclosing {@link #enclosingContainers}
     */
    boolean worthComparingChildByChild(ByteSpans spans, int[] enclosing) {
        return enclosing.length > 0 && wide(spans, enclosing[enclosing.length - 1]) && sparse();
    }

    /** Where the first changed byte of the baseline is. */
    int changeStart() {
        return baseline.jsonStart() + prefix;
    }

    /** Where the changed bytes of the baseline end: the common suffix starts there. */
    int changeEnd() {
        return baseline.bytes().length - suffix;
    }

    /** What to add to a baseline offset in the common prefix to find the same byte in the fork. */
    int prefixShift() {
        return fork.jsonStart() - baseline.jsonStart();
    }

    /** What to add to a baseline offset in the common suffix to find the same byte in the fork. */
    int suffixShift() {
        return fork.bytes().length - baseline.bytes().length;
    }

    /** The length of the longest common suffix of b[bFrom..] and f[fFrom..], eight bytes at a time. */
    private static int commonSuffix(byte[] b, int bFrom, byte[] f, int fFrom) {
        int limit = Math.min(b.length - bFrom, f.length - fFrom);
        int length = 0;
        while (length + Long.BYTES <= limit
                && (long) LONGS.get(b, b.length - length - Long.BYTES) == (long) LONGS.get(f, f.length - length - Long.BYTES)) {
            length += Long.BYTES;
        }
        while (length < limit && b[b.length - length - 1] == f[f.length - length - 1]) {
            length++;
        }
        return length;
    }

    /** Whether the bodies are the same bytes. */
    boolean identical() {
        return prefix < 0;
    }

    /**
     * The containers of the baseline that enclose the changed bytes, from the root (index 0, when it
     * is a container) to the innermost; a container's index is also its nesting depth less one.
     *
     * @param tape the baseline, read with {@code spans}
     */
    int[] enclosingContainers(JsonTape tape, ByteSpans spans) {
        int changeStart = changeStart();
        int changeEnd = changeEnd();
        int[] chain = new int[16];
        int length = 0;
        int node = 0;
        while (node >= 0 && tape.isContainerNode(node)) {
            if (length == chain.length) {
                chain = Arrays.copyOf(chain, length * 2);
            }
            chain[length++] = node;
            int enclosing = -1;
            for (int child = node + 1, end = tape.next(node); child < end; child = tape.next(child)) {
                if (tape.isContainerNode(child) && spans.start(child) <= changeStart && spans.end(child) >= changeEnd) {
                    enclosing = child;
                    break;
                }
                if (tape.isContainerNode(child) && spans.start(child) > changeStart) {
                    break;
                }
            }
            node = enclosing;
        }
        return Arrays.copyOf(chain, length);
    }

    /**
     * Finds the innermost container of the baseline that encloses the changed bytes and whose
     * counterpart in the fork reads as one JSON value.
     *
     * @param tape  the baseline, read with {@code spans}
     * @param chain {@link #enclosingContainers}
     * @param names the comparison's dictionary, for the fork part
     * @return the part, or {@code null} when no container but the root encloses the change
     */
    Part forkPart(JsonTape tape, ByteSpans spans, int[] chain, FieldNames names) {
        int shift = prefixShift();
        int growth = suffixShift() - shift;
        // Each failed try reads bytes again: stop once as much as the whole fork has been read in vain
        // (an invalid fork fails at every level), so this never costs more than reading the fork twice.
        long budget = fork.bytes().length;
        for (int k = chain.length - 1; k >= 1 && budget > 0; k--) {
            int container = chain[k];
            int from = spans.start(container) + shift;
            int to = spans.end(container) + shift + growth;
            if (to <= from) {
                continue;
            }
            JsonTape part = JsonTapeReader.readPart(fork.bytes(), from, to, k, names, tape.numbersByValue());
            if (part != null) {
                return new Part(container, part);
            }
            budget -= to - from;
        }
        return null;
    }

    /**
     * The fork's counterpart of baseline container {@code container}, read on its own.
     *
     * @param container the baseline node
     * @param tape      the fork part; its root is node 0
     */
    record Part(int container, JsonTape tape) {
    }
}
