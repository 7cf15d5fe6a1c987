package dev.sandboxtests.diff.alignment;

import java.util.Arrays;

/**
 * Counts, cheaply and roughly, the separate stretches ("islands") in which two bodies differ, to
 * decide before reading either whether comparing child by child ({@link ChangedChildren}) can pay.
 *
 * <p>Reading only the changed children of the fork saves the fork's read when a few children
 * changed; when most did, it would read the fork piece by piece after reading the baseline, where the
 * plain path reads both at the same time. Which case it is must be known before reading, so this
 * looks at bytes only: from a mismatch, each side looks at its next {@code "} {@code ,} {@code :}
 * {@code ]} or {@code }} (the end of the changed token, mostly); at the first pair of them after which
 * the bytes agree again, the island is over. When no pair does, the scan goes on after them and
 * counts another island. The count is an estimate, used only to choose a path, never to decide a
 * result.
 */
final class ChangeIslands {

    /** Bytes that must agree after the delimiters for the two sides to be in step again. */
    private static final int IN_STEP = 8;
    /**
     * Delimiters looked at on each side: enough to get past commas inside a string or a few values
     * inserted on one side. Pairs are tried nearest first, and only while their ranks add up to less.
     */
    private static final int CANDIDATES = 24;

    private ChangeIslands() {
    }

    /**
     * @param b     the baseline bytes
     * @param from  where to start in {@code b}: where the bodies first differ
     * @param f     the fork bytes
     * @param fFrom the same place in {@code f}
     * @param limit the most islands to accept
     * @return whether the bodies differ in at most {@code limit} islands from there on
     */
    static boolean atMost(byte[] b, int from, byte[] f, int fFrom, int limit) {
        int[] bDelimiters = new int[CANDIDATES];
        int[] fDelimiters = new int[CANDIDATES];
        int i = from;
        int j = fFrom;
        int islands = 0;
        while (true) {
            int mismatch = Arrays.mismatch(b, i, b.length, f, j, f.length);
            if (mismatch < 0) {
                return true;
            }
            if (++islands > limit) {
                return false;
            }
            int bCount = delimiters(b, i + mismatch, bDelimiters);
            int fCount = delimiters(f, j + mismatch, fDelimiters);
            if (bCount == 0 || fCount == 0) {
                return true; // what is left is one last island
            }
            long inStep = inStep(b, bDelimiters, bCount, f, fDelimiters, fCount);
            if (inStep >= 0) {
                i = (int) (inStep >>> 32);
                j = (int) inStep;
            } else {
                // Not in step within the next few delimiters: look on from after them, as another island.
                i = bDelimiters[bCount - 1] + 1;
                j = fDelimiters[fCount - 1] + 1;
            }
        }
    }

    /**
     * The first pair of delimiters, one of each side, after which the bytes agree, trying the pairs
     * nearest the mismatch first; as {@code (bPosition << 32) | fPosition}, or -1 when none does.
     */
    private static long inStep(byte[] b, int[] bDelimiters, int bCount, byte[] f, int[] fDelimiters, int fCount) {
        for (int sum = 0; sum < CANDIDATES; sum++) {
            for (int k = Math.max(0, sum - fCount + 1); k <= Math.min(sum, bCount - 1); k++) {
                int i = bDelimiters[k];
                int j = fDelimiters[sum - k];
                if (Arrays.equals(b, i, Math.min(b.length, i + IN_STEP), f, j, Math.min(f.length, j + IN_STEP))) {
                    return ((long) i << 32) | j;
                }
            }
        }
        return -1;
    }

    /** Fills {@code found} with the next delimiters from {@code from} on and returns how many it found. */
    private static int delimiters(byte[] bytes, int from, int[] found) {
        int count = 0;
        for (int at = from; at < bytes.length && count < found.length; at++) {
            byte c = bytes[at];
            if (c == '"' || c == ',' || c == ':' || c == ']' || c == '}') {
                found[count++] = at;
            }
        }
        return count;
    }
}
