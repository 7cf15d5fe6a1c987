package dev.sandboxtests.diff.alignment;

import dev.sandboxtests.diff.reading.JsonTape;
import java.util.Arrays;

/**
 * Aligns arrays whose order does not matter, in linear time.
 *
 * <p><b>Unordered</b>: equal elements (equal subtree hashes) cancel out like a multiset difference,
 * then elements equal but for the order inside their nested arrays
 * ({@link ArrayAlignment#unorderedHash}). What is left on both sides is paired: first objects sharing
 * the unique value of an identifying field ({@code id}, {@code key}, {@code sku}, {@code name}…), then
 * elements of the same JSON type in order, then the rest in order; a surplus is ADDED or REMOVED.
 *
 * <p><b>Keyed</b>: elements are the same element when the value at the key pointer inside them is
 * equal. Elements without that value, or sharing it with another element of their side, cannot be
 * told apart by it and are aligned as unordered among themselves. A key found on one side only is an
 * element ADDED or REMOVED.
 *
 * <p>Pairs come out in fork order (an unmatched fork element as ADDED), then the unmatched baseline
 * elements in baseline order (REMOVED).
 */
final class MultisetAlignment {

    private final ArrayAlignment arrays;

    private int[] forkMatch = new int[16];
    private boolean[] baselineMatched = new boolean[16];
    private int[] chainHeads = new int[0];
    private int[] chainNext = new int[16];
    private int[] baselineLeft = new int[16];
    private int[] forkLeft = new int[16];
    private int forkLeftovers;
    private long[] looseBaseline = new long[16];
    private long[] looseFork = new long[16];
    private int[] baselinePositions = new int[16];
    private int[] forkPositions = new int[16];
    private long[] baselineIds = new long[16];
    private long[] forkIds = new long[16];
    private boolean[] baselineHas = new boolean[16];
    private boolean[] forkHas = new boolean[16];
    private int[] slotBaselineCount = new int[0];
    private int[] slotForkCount = new int[0];
    private int[] slotPosition = new int[0];
    private int[] baselineKeys = new int[16];
    private int[] forkKeys = new int[16];
    private long[] baselineKeyHashes = new long[16];
    private long[] forkKeyHashes = new long[16];

    MultisetAlignment(ArrayAlignment arrays) {
        this.arrays = arrays;
    }

    void alignUnordered() {
        int baselineSize = arrays.baselineSize;
        int forkSize = arrays.forkSize;
        start(baselineSize, forkSize);
        baselinePositions = ArrayAlignment.sequence(baselinePositions, 0, baselineSize);
        forkPositions = ArrayAlignment.sequence(forkPositions, 0, forkSize);
        matchAmong(baselinePositions, baselineSize, forkPositions, forkSize);
        emit(baselineSize, forkSize);
    }

    void alignKeyed(String keyPointer) {
        int baselineSize = arrays.baselineSize;
        int forkSize = arrays.forkSize;
        start(baselineSize, forkSize);
        KeyPath key = KeyPath.parse(keyPointer, arrays.baseline.names());
        baselineKeys = ArrayAlignment.grow(baselineKeys, baselineSize);
        forkKeys = ArrayAlignment.grow(forkKeys, forkSize);
        baselineKeyHashes = ArrayAlignment.grow(baselineKeyHashes, baselineSize);
        forkKeyHashes = ArrayAlignment.grow(forkKeyHashes, forkSize);
        for (int b = 0; b < baselineSize; b++) {
            baselineKeys[b] = key.locate(arrays.baseline, arrays.baselineNodes[b]);
            baselineKeyHashes[b] = baselineKeys[b] < 0 ? 0 : arrays.baseline.hash(baselineKeys[b]);
        }
        for (int f = 0; f < forkSize; f++) {
            forkKeys[f] = key.locate(arrays.fork, arrays.forkNodes[f]);
            forkKeyHashes[f] = forkKeys[f] < 0 ? 0 : arrays.fork.hash(forkKeys[f]);
        }
        HashSlots slots = arrays.slots;
        slots.reset(baselineSize + forkSize);
        int capacity = slots.capacity();
        slotBaselineCount = ArrayAlignment.grow(slotBaselineCount, capacity);
        slotForkCount = ArrayAlignment.grow(slotForkCount, capacity);
        slotPosition = ArrayAlignment.grow(slotPosition, capacity);
        for (int b = 0; b < baselineSize; b++) {
            if (baselineKeys[b] >= 0) {
                int slot = keySlot(slots, baselineKeyHashes[b]);
                slotBaselineCount[slot]++;
                slotPosition[slot] = b;
            }
        }
        for (int f = 0; f < forkSize; f++) {
            if (forkKeys[f] >= 0) {
                slotForkCount[keySlot(slots, forkKeyHashes[f])]++;
            }
        }
        int baselineFallback = 0;
        for (int b = 0; b < baselineSize; b++) {
            if (baselineKeys[b] < 0 || slotBaselineCount[slots.find(baselineKeyHashes[b])] > 1) {
                baselinePositions[baselineFallback++] = b;
            }
        }
        int forkFallback = 0;
        for (int f = 0; f < forkSize; f++) {
            if (forkKeys[f] < 0) {
                forkPositions[forkFallback++] = f;
                continue;
            }
            int slot = slots.find(forkKeyHashes[f]);
            if (slotForkCount[slot] > 1) {
                forkPositions[forkFallback++] = f;
            } else if (slotBaselineCount[slot] == 1) {
                int b = slotPosition[slot];
                if (JsonTape.sameValue(arrays.baseline, baselineKeys[b], arrays.fork, forkKeys[f])) {
                    match(b, f);
                }
            }
        }
        matchAmong(baselinePositions, baselineFallback, forkPositions, forkFallback);
        emit(baselineSize, forkSize);
    }

    private int keySlot(HashSlots slots, long id) {
        int slot = slots.insert(id);
        if (slots.inserted()) {
            slotBaselineCount[slot] = 0;
            slotForkCount[slot] = 0;
        }
        return slot;
    }

    private void start(int baselineSize, int forkSize) {
        forkMatch = ArrayAlignment.grow(forkMatch, forkSize);
        baselineMatched = ArrayAlignment.grow(baselineMatched, baselineSize);
        Arrays.fill(forkMatch, 0, forkSize, -1);
        Arrays.fill(baselineMatched, 0, baselineSize, false);
        baselinePositions = ArrayAlignment.grow(baselinePositions, baselineSize);
        forkPositions = ArrayAlignment.grow(forkPositions, forkSize);
    }

    private void match(int baseline, int fork) {
        forkMatch[fork] = baseline;
        baselineMatched[baseline] = true;
    }

    /** Matches the baseline elements at the given positions with the fork elements at the given positions. */
    private void matchAmong(int[] baselineAt, int baselineCount, int[] forkAt, int forkCount) {
        cancelEqual(baselineAt, baselineCount, forkAt, forkCount, arrays.baselineHashes, arrays.forkHashes);
        int baselineLeftCount = leftovers(baselineAt, baselineCount, forkAt, forkCount);
        int forkLeftCount = forkLeftovers;
        if (baselineLeftCount == 0 || forkLeftCount == 0) {
            return;
        }
        // Elements equal but for the order inside nested arrays (unordered ones, perhaps) belong together.
        looseBaseline = ArrayAlignment.grow(looseBaseline, arrays.baselineSize);
        looseFork = ArrayAlignment.grow(looseFork, arrays.forkSize);
        for (int k = 0; k < baselineLeftCount; k++) {
            int b = baselineLeft[k];
            looseBaseline[b] = arrays.unorderedHash(arrays.baseline, arrays.baselineNodes[b]);
        }
        for (int k = 0; k < forkLeftCount; k++) {
            int f = forkLeft[k];
            looseFork[f] = arrays.unorderedHash(arrays.fork, arrays.forkNodes[f]);
        }
        int[] baselineRest = Arrays.copyOf(baselineLeft, baselineLeftCount);
        int[] forkRest = Arrays.copyOf(forkLeft, forkLeftCount);
        cancelEqual(baselineRest, baselineLeftCount, forkRest, forkLeftCount, looseBaseline, looseFork);
        baselineLeftCount = leftovers(baselineRest, baselineLeftCount, forkRest, forkLeftCount);
        forkLeftCount = forkLeftovers;
        if (baselineLeftCount > 0 && forkLeftCount > 0) {
            pairLeftovers(baselineLeftCount, forkLeftCount);
        }
    }

    /** Equal hashes cancel: a chain of baseline positions per hash, taken in order. */
    private void cancelEqual(int[] baselineAt, int baselineCount, int[] forkAt, int forkCount, long[] baselineHashes,
                             long[] forkHashes) {
        HashSlots slots = arrays.slots;
        slots.reset(baselineCount);
        chainHeads = ArrayAlignment.grow(chainHeads, slots.capacity());
        chainNext = ArrayAlignment.grow(chainNext, arrays.baselineSize);
        for (int k = baselineCount - 1; k >= 0; k--) {
            int b = baselineAt[k];
            int slot = slots.insert(baselineHashes[b]);
            chainNext[b] = slots.inserted() ? -1 : chainHeads[slot];
            chainHeads[slot] = b;
        }
        for (int k = 0; k < forkCount; k++) {
            int f = forkAt[k];
            int slot = slots.find(forkHashes[f]);
            if (slot >= 0 && chainHeads[slot] >= 0) {
                int b = chainHeads[slot];
                chainHeads[slot] = chainNext[b];
                match(b, f);
            }
        }
    }

    /**
     * Collects the unmatched elements among the given positions into baselineLeft and forkLeft.
     *
     * @return how many baseline elements are left; {@link #forkLeftovers} says how many fork ones
     */
    private int leftovers(int[] baselineAt, int baselineCount, int[] forkAt, int forkCount) {
        int baselineLeftCount = 0;
        baselineLeft = ArrayAlignment.grow(baselineLeft, baselineCount);
        for (int k = 0; k < baselineCount; k++) {
            if (!baselineMatched[baselineAt[k]]) {
                baselineLeft[baselineLeftCount++] = baselineAt[k];
            }
        }
        int forkLeftCount = 0;
        forkLeft = ArrayAlignment.grow(forkLeft, forkCount);
        for (int k = 0; k < forkCount; k++) {
            if (forkMatch[forkAt[k]] < 0) {
                forkLeft[forkLeftCount++] = forkAt[k];
            }
        }
        forkLeftovers = forkLeftCount;
        return baselineLeftCount;
    }

    /** Pairs the elements no equal element matched: by identity, then by type, then in order. */
    private void pairLeftovers(int baselineCount, int forkCount) {
        baselineIds = ArrayAlignment.grow(baselineIds, baselineCount);
        forkIds = ArrayAlignment.grow(forkIds, forkCount);
        baselineHas = ArrayAlignment.grow(baselineHas, baselineCount);
        forkHas = ArrayAlignment.grow(forkHas, forkCount);
        if (arrays.identify(baselineLeft, baselineCount, forkLeft, forkCount, baselineIds, baselineHas, forkIds,
                forkHas)) {
            HashSlots slots = arrays.slots;
            slots.reset(baselineCount);
            slotPosition = ArrayAlignment.grow(slotPosition, slots.capacity());
            for (int k = 0; k < baselineCount; k++) {
                if (baselineHas[k]) {
                    slotPosition[slots.insert(baselineIds[k])] = baselineLeft[k];
                }
            }
            for (int k = 0; k < forkCount; k++) {
                int slot = forkHas[k] ? slots.find(forkIds[k]) : -1;
                if (slot >= 0) {
                    match(slotPosition[slot], forkLeft[k]);
                }
            }
        }
        for (int type : new int[] {JsonTape.OBJECT, JsonTape.ARRAY, JsonTape.STRING, JsonTape.INTEGER,
                JsonTape.TRUE, JsonTape.NULL}) {
            pairInOrder(baselineCount, forkCount, type);
        }
        pairInOrder(baselineCount, forkCount, -1);
    }

    /** Pairs the still unmatched leftovers of JSON type {@code type} (any type for -1) in order. */
    private void pairInOrder(int baselineCount, int forkCount, int type) {
        int f = 0;
        for (int k = 0; k < baselineCount; k++) {
            int b = baselineLeft[k];
            if (baselineMatched[b] || !hasType(arrays.baseline, arrays.baselineNodes[b], type)) {
                continue;
            }
            while (f < forkCount && (forkMatch[forkLeft[f]] >= 0
                    || !hasType(arrays.fork, arrays.forkNodes[forkLeft[f]], type))) {
                f++;
            }
            if (f == forkCount) {
                return;
            }
            match(b, forkLeft[f++]);
        }
    }

    private static boolean hasType(JsonTape tape, int node, int type) {
        return type < 0 || JsonTape.type(tape.kind(node)) == type;
    }

    private void emit(int baselineSize, int forkSize) {
        for (int f = 0; f < forkSize; f++) {
            if (forkMatch[f] >= 0) {
                arrays.pair(forkMatch[f], f);
            } else {
                arrays.added(f);
            }
        }
        for (int b = 0; b < baselineSize; b++) {
            if (!baselineMatched[b]) {
                arrays.removed(b);
            }
        }
    }
}
