package dev.sandboxtests.diff.alignment;

import java.util.Arrays;

/**
 * The sequence diff of an ordered array: elements inserted or deleted are reported as ADDED or
 * REMOVED instead of shifting every later element into a CHANGED one.
 *
 * <p>The method is patience diff over subtree hashes, which stays near-linear where a classic
 * longest-common-subsequence diff is quadratic:
 * <ol>
 *   <li>the common prefix and suffix (equal hashes) are paired;</li>
 *   <li>in what is left, elements whose hash occurs exactly once on each side are candidate anchors;
 *       the longest run of them in the same order on both sides (a longest increasing subsequence)
 *       becomes the anchors, and the stretches between anchors are aligned the same way;</li>
 *   <li>when some arrays are unordered or keyed, a stretch with no such anchors is tried again with
 *       hashes that leave out the order inside nested arrays ({@link ArrayAlignment#unorderedHash});</li>
 *   <li>a stretch with no such anchors is tried again on identity: objects that share the unique
 *       value of a field such as {@code id} are anchored as the same element, changed;</li>
 *   <li>a stretch with no anchors at all is a replaced block: its elements are paired by position and
 *       compared, and the longer side's surplus is ADDED or REMOVED.</li>
 * </ol>
 * A work budget proportional to the array's length bounds the anchor search, so even adversarial
 * arrays cannot make the alignment quadratic: past the budget, stretches are replaced blocks.
 *
 * <p>{@link #steps()} counts the element visits and search steps of every alignment so far: a
 * deterministic measure of the cost, which tests hold to near-linear growth where timing would be
 * flaky.
 */
final class SequenceAlignment {

    private static final int MATCH = 0;
    private static final int RANGE = 1;
    private static final int ENTRY = 5;

    private final ArrayAlignment arrays;
    private final IntList work = new IntList(64);
    private long budget;
    private long steps;

    private int[] baselineCounts = new int[0];
    private int[] forkCounts = new int[0];
    private int[] forkPositions = new int[0];
    private int[] candidateBaseline = new int[16];
    private int[] candidateFork = new int[16];
    private long[] candidateHash = new long[16];
    private int[] tails = new int[16];
    private int[] endingAt = new int[16];
    private int[] startingAt = new int[16];
    private int[] levelStarts = new int[16];
    private int[] byLevel = new int[16];
    private int[] anchorBaseline = new int[16];
    private int[] anchorFork = new int[16];
    private int[] baselineRange = new int[16];
    private int[] forkRange = new int[16];
    private long[] baselineIds = new long[16];
    private long[] forkIds = new long[16];
    private boolean[] baselineHas = new boolean[16];
    private boolean[] forkHas = new boolean[16];
    private long[] looseBaseline = new long[16];
    private long[] looseFork = new long[16];

    SequenceAlignment(ArrayAlignment arrays) {
        this.arrays = arrays;
    }

    /** @return the element visits and search steps of every {@link #align()} so far */
    long steps() {
        return steps;
    }

    void align() {
        int baselineSize = arrays.baselineSize;
        int forkSize = arrays.forkSize;
        budget = 8L * (baselineSize + forkSize) + 4096;
        work.clear();
        push(RANGE, 0, baselineSize, 0, forkSize);
        while (!work.isEmpty()) {
            int forkEnd = work.pop();
            int forkStart = work.pop();
            int baselineEnd = work.pop();
            int baselineStart = work.pop();
            int type = work.pop();
            if (type == MATCH) {
                arrays.pair(baselineStart, forkStart);
            } else {
                range(baselineStart, baselineEnd, forkStart, forkEnd);
            }
        }
    }

    private void push(int type, int baselineStart, int baselineEnd, int forkStart, int forkEnd) {
        work.add(type);
        work.add(baselineStart);
        work.add(baselineEnd);
        work.add(forkStart);
        work.add(forkEnd);
    }

    /** Aligns baseline[b0, b1) with fork[f0, f1): pairs what it can now, pushes the rest. */
    private void range(int b0, int b1, int f0, int f1) {
        long[] baselineHashes = arrays.baselineHashes;
        long[] forkHashes = arrays.forkHashes;
        int b = b0;
        int f = f0;
        while (b < b1 && f < f1 && baselineHashes[b] == forkHashes[f]) {
            arrays.pair(b++, f++);
        }
        int bEnd = b1;
        int fEnd = f1;
        while (b < bEnd && f < fEnd && baselineHashes[bEnd - 1] == forkHashes[fEnd - 1]) {
            bEnd--;
            fEnd--;
        }
        steps += 1 + (b - b0) + (b1 - bEnd);
        // The common suffix comes after whatever the middle turns out to be: on the stack first.
        for (int k = b1 - bEnd - 1; k >= 0; k--) {
            push(MATCH, bEnd + k, 0, fEnd + k, 0);
        }
        if (b == bEnd || f == fEnd) {
            replaced(b, bEnd, f, fEnd);
            return;
        }
        int anchors = anchors(b, bEnd, f, fEnd);
        if (anchors == 0) {
            replaced(b, bEnd, f, fEnd);
            return;
        }
        push(RANGE, anchorBaseline[anchors - 1] + 1, bEnd, anchorFork[anchors - 1] + 1, fEnd);
        for (int a = anchors - 1; a >= 0; a--) {
            push(MATCH, anchorBaseline[a], 0, anchorFork[a], 0);
            int previousBaseline = a == 0 ? b : anchorBaseline[a - 1] + 1;
            int previousFork = a == 0 ? f : anchorFork[a - 1] + 1;
            push(RANGE, previousBaseline, anchorBaseline[a], previousFork, anchorFork[a]);
        }
    }

    /** A stretch without anchors: pairs by position, the surplus is REMOVED or ADDED. */
    private void replaced(int b0, int b1, int f0, int f1) {
        int paired = Math.min(b1 - b0, f1 - f0);
        steps += Math.max(b1 - b0, f1 - f0);
        for (int k = 0; k < paired; k++) {
            arrays.pair(b0 + k, f0 + k);
        }
        for (int b = b0 + paired; b < b1; b++) {
            arrays.removed(b);
        }
        for (int f = f0 + paired; f < f1; f++) {
            arrays.added(f);
        }
    }

    /** Finds the anchors of the stretch into anchorBaseline/anchorFork and returns how many. */
    private int anchors(int b0, int b1, int f0, int f1) {
        budget -= (b1 - b0) + (f1 - f0);
        if (budget < 0) {
            return 0;
        }
        steps += (b1 - b0) + (f1 - f0);
        int candidates = uniqueCommon(b0, b1, f0, f1, arrays.baselineHashes, arrays.forkHashes);
        if (candidates == 0 && b1 - b0 == 1 && f1 - f0 == 1) {
            return 0; // one element on each side: there is nothing to choose
        }
        if (candidates == 0 && arrays.orderFreeArrays) {
            // Elements may be equal but for the order inside nested unordered arrays.
            looseBaseline = ArrayAlignment.grow(looseBaseline, arrays.baselineSize);
            looseFork = ArrayAlignment.grow(looseFork, arrays.forkSize);
            for (int b = b0; b < b1; b++) {
                looseBaseline[b] = arrays.unorderedHash(arrays.baseline, arrays.baselineNodes[b]);
            }
            for (int f = f0; f < f1; f++) {
                looseFork[f] = arrays.unorderedHash(arrays.fork, arrays.forkNodes[f]);
            }
            candidates = uniqueCommon(b0, b1, f0, f1, looseBaseline, looseFork);
            steps += (b1 - b0) + (f1 - f0);
        }
        if (candidates == 0) {
            candidates = sameIdentity(b0, b1, f0, f1);
            steps += (b1 - b0) + (f1 - f0);
        }
        return candidates == 0 ? 0 : longestIncreasing(candidates);
    }

    /** Candidates: elements whose hash occurs once in baseline[b0, b1) and once in fork[f0, f1). */
    private int uniqueCommon(int b0, int b1, int f0, int f1, long[] baselineHashes, long[] forkHashes) {
        HashSlots slots = arrays.slots;
        slots.reset(b1 - b0);
        int capacity = slots.capacity();
        baselineCounts = ArrayAlignment.grow(baselineCounts, capacity);
        forkCounts = ArrayAlignment.grow(forkCounts, capacity);
        forkPositions = ArrayAlignment.grow(forkPositions, capacity);
        for (int b = b0; b < b1; b++) {
            int slot = slots.insert(baselineHashes[b]);
            if (slots.inserted()) {
                baselineCounts[slot] = 0;
                forkCounts[slot] = 0;
            }
            baselineCounts[slot]++;
        }
        for (int f = f0; f < f1; f++) {
            int slot = slots.find(forkHashes[f]);
            if (slot >= 0) {
                forkCounts[slot]++;
                forkPositions[slot] = f;
            }
        }
        ensureCandidates(Math.min(b1 - b0, f1 - f0));
        int count = 0;
        for (int b = b0; b < b1; b++) {
            int slot = slots.find(baselineHashes[b]);
            if (baselineCounts[slot] == 1 && forkCounts[slot] == 1) {
                candidateBaseline[count] = b;
                candidateFork[count] = forkPositions[slot];
                candidateHash[count] = baselineHashes[b];
                count++;
            }
        }
        return count;
    }

    /** Candidates: objects of the stretch that share the unique value of an identifying field. */
    private int sameIdentity(int b0, int b1, int f0, int f1) {
        int baselineCount = b1 - b0;
        int forkCount = f1 - f0;
        baselineRange = ArrayAlignment.sequence(baselineRange, b0, b1);
        forkRange = ArrayAlignment.sequence(forkRange, f0, f1);
        baselineIds = ArrayAlignment.grow(baselineIds, baselineCount);
        forkIds = ArrayAlignment.grow(forkIds, forkCount);
        baselineHas = ArrayAlignment.grow(baselineHas, baselineCount);
        forkHas = ArrayAlignment.grow(forkHas, forkCount);
        if (!arrays.identify(baselineRange, baselineCount, forkRange, forkCount, baselineIds, baselineHas, forkIds,
                forkHas)) {
            return 0;
        }
        HashSlots slots = arrays.slots;
        slots.reset(forkCount);
        forkPositions = ArrayAlignment.grow(forkPositions, slots.capacity());
        for (int k = 0; k < forkCount; k++) {
            if (forkHas[k]) {
                forkPositions[slots.insert(forkIds[k])] = f0 + k;
            }
        }
        ensureCandidates(Math.min(baselineCount, forkCount));
        int count = 0;
        for (int k = 0; k < baselineCount; k++) {
            int slot = baselineHas[k] ? slots.find(baselineIds[k]) : -1;
            if (slot >= 0) {
                candidateBaseline[count] = b0 + k;
                candidateFork[count] = forkPositions[slot];
                candidateHash[count] = baselineIds[k];
                count++;
            }
        }
        return count;
    }

    private void ensureCandidates(int size) {
        candidateBaseline = ArrayAlignment.grow(candidateBaseline, size);
        candidateFork = ArrayAlignment.grow(candidateFork, size);
        candidateHash = ArrayAlignment.grow(candidateHash, size);
        tails = ArrayAlignment.grow(tails, size + 1);
        endingAt = ArrayAlignment.grow(endingAt, size);
        startingAt = ArrayAlignment.grow(startingAt, size);
        byLevel = ArrayAlignment.grow(byLevel, size);
        anchorBaseline = ArrayAlignment.grow(anchorBaseline, size);
        anchorFork = ArrayAlignment.grow(anchorFork, size);
    }

    /**
     * The longest run of candidates in increasing order on both sides, written to
     * anchorBaseline/anchorFork. Patience sorting gives every candidate the length of the longest run
     * ending at it and, run backwards, of the longest run starting at it, in O(k log k). Of the
     * longest runs, the one taken is chosen level by level by the smallest sum of the two positions,
     * ties broken by hash: a rule that does not change when baseline and fork swap places, so
     * diff(b, a) pairs the same elements as diff(a, b).
     */
    private int longestIncreasing(int candidates) {
        int longest = runLengths(candidates, true, endingAt);
        runLengths(candidates, false, startingAt);
        // Bucket the candidates that lie on a longest run by their level in it.
        levelStarts = ArrayAlignment.grow(levelStarts, longest + 1);
        Arrays.fill(levelStarts, 0, longest + 1, 0);
        for (int c = 0; c < candidates; c++) {
            if (endingAt[c] + startingAt[c] - 1 == longest) {
                levelStarts[endingAt[c]]++;
            }
        }
        for (int level = 1, sum = 0; level <= longest; level++) {
            int count = levelStarts[level];
            levelStarts[level] = sum;
            sum += count;
        }
        int[] next = tails; // reused as the fill pointer of each level
        System.arraycopy(levelStarts, 0, next, 0, longest + 1);
        for (int c = 0; c < candidates; c++) {
            if (endingAt[c] + startingAt[c] - 1 == longest) {
                byLevel[next[endingAt[c]]++] = c;
            }
        }
        int previousBaseline = -1;
        int previousFork = -1;
        steps += candidates;
        for (int level = 1; level <= longest; level++) {
            int end = level == longest ? next[level] : levelStarts[level + 1];
            steps += end - levelStarts[level];
            int chosen = -1;
            for (int k = levelStarts[level]; k < end; k++) {
                int c = byLevel[k];
                if (candidateBaseline[c] > previousBaseline && candidateFork[c] > previousFork
                        && (chosen < 0 || before(c, chosen))) {
                    chosen = c;
                }
            }
            anchorBaseline[level - 1] = candidateBaseline[chosen];
            anchorFork[level - 1] = candidateFork[chosen];
            previousBaseline = candidateBaseline[chosen];
            previousFork = candidateFork[chosen];
        }
        return longest;
    }

    private boolean before(int candidate, int other) {
        int sum = candidateBaseline[candidate] + candidateFork[candidate];
        int otherSum = candidateBaseline[other] + candidateFork[other];
        return sum != otherSum ? sum < otherSum : candidateHash[candidate] < candidateHash[other];
    }

    /**
     * For each candidate, the length of the longest run of candidates increasing on both sides that
     * ends at it ({@code forward}) or starts at it (not {@code forward}).
     *
     * @return the longest of them
     */
    private int runLengths(int candidates, boolean forward, int[] lengths) {
        int length = 0;
        for (int step = 0; step < candidates; step++) {
            int c = forward ? step : candidates - 1 - step;
            // Backwards, a run starting at c is a run of decreasing fork positions: negate them.
            int value = forward ? candidateFork[c] : -candidateFork[c];
            int low = 0;
            int high = length;
            while (low < high) {
                steps++;
                int middle = (low + high) >>> 1;
                if (tails[middle] < value) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            tails[low] = value;
            lengths[c] = low + 1;
            if (low == length) {
                length++;
            }
        }
        return length;
    }
}
