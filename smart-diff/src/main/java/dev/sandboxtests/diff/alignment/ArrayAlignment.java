package dev.sandboxtests.diff.alignment;

import dev.sandboxtests.diff.ArrayMode;
import dev.sandboxtests.diff.reading.JsonTape;
import dev.sandboxtests.diff.reading.ValueHashing;

/**
 * Decides which element of a baseline array is compared with which element of the fork array, in
 * the array's {@link ArrayMode}: {@link SequenceAlignment} for ordered arrays,
 * {@link MultisetAlignment} for unordered and keyed ones. Elements are matched by their subtree
 * hashes, so equal elements find each other in linear time whatever their size; a matched pair is
 * then compared in full by the tree walk, so a hash never decides equality on its own.
 *
 * <p>The result is a list of triples (baseline element node, fork element node, index) in the order
 * the differences are to be reported; a node is -1 when the element exists on one side only. The
 * index is the one the element's differences are reported at: the baseline index for an element
 * only the baseline has (REMOVED), the fork index for everything else.
 *
 * <p>One instance per comparison: it keeps its scratch arrays from one array to the next. Not
 * thread-safe, and not re-entrant: {@link #align} finishes before the walk goes on.
 */
final class ArrayAlignment {

    /**
     * Fields that usually identify an object within an array, in order of preference: elements that
     * are not equal but share the value of such a field (when its values are unique on each side) are
     * the same element, changed.
     */
    private static final String[] IDENTITY_FIELDS = {"id", "_id", "uuid", "key", "sku", "code", "name"};

    final JsonTape baseline;
    final JsonTape fork;
    /** Whether some arrays are unordered or keyed, so elements may be equal up to the order inside. */
    final boolean orderFreeArrays;
    final HashSlots slots = new HashSlots();

    int[] baselineNodes = new int[16];
    int[] forkNodes = new int[16];
    long[] baselineHashes = new long[16];
    long[] forkHashes = new long[16];
    int baselineSize;
    int forkSize;

    private final SequenceAlignment sequence = new SequenceAlignment(this);
    private final MultisetAlignment multiset = new MultisetAlignment(this);
    private IntList out;

    private long[] pendingHashes = new long[16];
    /**
     * How many more nodes {@link #unorderedHash} may visit in this comparison. Nested arrays are each
     * aligned once, but an element's unordered hash visits its whole subtree, so deep nesting could
     * make the total quadratic; past this budget, elements are matched by their exact hashes only.
     */
    private long unorderedHashBudget;

    ArrayAlignment(JsonTape baseline, JsonTape fork, boolean orderFreeArrays) {
        this.baseline = baseline;
        this.fork = fork;
        this.orderFreeArrays = orderFreeArrays;
        this.unorderedHashBudget = 4L * (baseline.nodeCount() + fork.nodeCount()) + 4096;
    }

    /**
     * Appends the element pairs of the two arrays to {@code out}, as triples described above.
     */
    void align(ArrayMode mode, int baselineArray, int forkArray, IntList out) {
        this.out = out;
        baselineSize = collect(baseline, baselineArray, true);
        forkSize = collect(fork, forkArray, false);
        switch (mode.kind()) {
            case ORDERED -> sequence.align();
            case UNORDERED -> multiset.alignUnordered();
            case KEYED -> multiset.alignKeyed(mode.keyPointer());
        }
        this.out = null;
    }

    private int collect(JsonTape tape, int array, boolean isBaseline) {
        int count = tape.count(array);
        int[] nodes = isBaseline ? baselineNodes : forkNodes;
        long[] hashes = isBaseline ? baselineHashes : forkHashes;
        if (nodes.length < count) {
            int grown = Math.max(count, nodes.length * 2);
            nodes = new int[grown];
            hashes = new long[grown];
        }
        for (int i = 0, node = array + 1; i < count; i++) {
            nodes[i] = node;
            hashes[i] = tape.hash(node);
            node = tape.next(node);
        }
        if (isBaseline) {
            baselineNodes = nodes;
            baselineHashes = hashes;
        } else {
            forkNodes = nodes;
            forkHashes = hashes;
        }
        return count;
    }

    /**
     * The hash of a subtree with every array inside taken as a multiset: equal for two elements that
     * differ only in the order of nested arrays, which may well be unordered themselves. (An element
     * without arrays hashes as {@link JsonTape#hash} does.) Computed bottom-up without recursion, by
     * walking the subtree backwards: a container's children are then the last values computed.
     */
    long unorderedHash(JsonTape tape, int root) {
        if (!tape.isContainerNode(root)) {
            return tape.hash(root);
        }
        unorderedHashBudget -= tape.size(root);
        if (unorderedHashBudget < 0) {
            return tape.hash(root);
        }
        long[] pending = pendingHashes;
        int size = 0;
        long hash = 0;
        for (int node = tape.next(root) - 1; node >= root; node--) {
            int kind = tape.kind(node);
            if (JsonTape.isContainer(kind)) {
                int count = tape.count(node);
                long sum = 0;
                for (int k = 0; k < count; k++) {
                    sum += pending[--size];
                }
                hash = kind == JsonTape.OBJECT ? ValueHashing.object(sum, count) : ValueHashing.multiset(sum, count);
            } else {
                hash = tape.hash(node);
            }
            if (node == root) {
                break;
            }
            if (size == pending.length) {
                pending = java.util.Arrays.copyOf(pending, size * 2);
                pendingHashes = pending;
            }
            int key = tape.key(node);
            pending[size++] = key >= 0 ? ValueHashing.field(tape.names().hash(key), hash)
                    : ValueHashing.multisetElement(hash);
        }
        return hash;
    }

    /** @return the steps of the ordered alignments so far (see {@link SequenceAlignment#steps()}) */
    long sequenceSteps() {
        return sequence.steps();
    }

    /** Baseline element {@code b} is fork element {@code f}: compare them. */
    void pair(int b, int f) {
        out.add(baselineNodes[b], forkNodes[f], f);
    }

    /** Baseline element {@code b} has no counterpart: REMOVED, at its baseline index. */
    void removed(int b) {
        out.add(baselineNodes[b], -1, b);
    }

    /** Fork element {@code f} has no counterpart: ADDED. */
    void added(int f) {
        out.add(-1, forkNodes[f], f);
    }

    /**
     * Finds a field that identifies the given elements: one of {@link #IDENTITY_FIELDS} that holds a
     * scalar in at least one element of each side, with values unique on each side and at least one
     * value common to both. Fills the hash of each element's value ({@code 0} with {@code has} false
     * for an element without it).
     *
     * @return whether such a field was found
     */
    boolean identify(int[] baselinePositions, int baselineCount, int[] forkPositions, int forkCount,
                     long[] baselineIds, boolean[] baselineHas, long[] forkIds, boolean[] forkHas) {
        if (!anyObject(baseline, baselineNodes, baselinePositions, baselineCount)
                || !anyObject(fork, forkNodes, forkPositions, forkCount)) {
            return false;
        }
        for (String name : IDENTITY_FIELDS) {
            int key = baseline.names().find(name);
            if (key >= 0
                    && identities(baseline, baselineNodes, baselinePositions, baselineCount, key, baselineIds,
                            baselineHas)
                    && identities(fork, forkNodes, forkPositions, forkCount, key, forkIds, forkHas)
                    && shareAValue(baselineIds, baselineHas, baselineCount, forkIds, forkHas, forkCount)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyObject(JsonTape tape, int[] nodes, int[] positions, int count) {
        for (int k = 0; k < count; k++) {
            if (tape.kind(nodes[positions[k]]) == JsonTape.OBJECT) {
                return true;
            }
        }
        return false;
    }

    /** Fills the identities of one side; false when none has the field or two share a value. */
    private boolean identities(JsonTape tape, int[] nodes, int[] positions, int count, int key, long[] ids,
                               boolean[] has) {
        slots.reset(count);
        boolean any = false;
        for (int k = 0; k < count; k++) {
            int value = scalarField(tape, nodes[positions[k]], key);
            has[k] = value >= 0;
            if (value >= 0) {
                ids[k] = tape.hash(value);
                slots.insert(ids[k]);
                if (!slots.inserted()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private boolean shareAValue(long[] baselineIds, boolean[] baselineHas, int baselineCount, long[] forkIds,
                                boolean[] forkHas, int forkCount) {
        slots.reset(baselineCount);
        for (int k = 0; k < baselineCount; k++) {
            if (baselineHas[k]) {
                slots.insert(baselineIds[k]);
            }
        }
        for (int k = 0; k < forkCount; k++) {
            if (forkHas[k] && slots.find(forkIds[k]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The scalar value of field {@code key} of {@code node}, or -1 when it is not an object with one. */
    static int scalarField(JsonTape tape, int node, int key) {
        int child = tape.field(node, key);
        return child >= 0 && !tape.isContainerNode(child) ? child : -1;
    }

    static int[] grow(int[] array, int size) {
        return array.length >= size ? array : new int[Math.max(size, array.length * 2)];
    }

    static long[] grow(long[] array, int size) {
        return array.length >= size ? array : new long[Math.max(size, array.length * 2)];
    }

    static boolean[] grow(boolean[] array, int size) {
        return array.length >= size ? array : new boolean[Math.max(size, array.length * 2)];
    }

    static int[] sequence(int[] array, int from, int to) {
        int[] positions = grow(array, to - from);
        for (int k = 0; k < to - from; k++) {
            positions[k] = from + k;
        }
        return positions;
    }
}
