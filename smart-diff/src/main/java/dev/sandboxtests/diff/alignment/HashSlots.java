package dev.sandboxtests.diff.alignment;

/**
 * An open-addressing set of 64-bit hashes whose slots index the caller's own value arrays, so that
 * counting and chaining need no boxing. {@link #reset} empties it in constant time (a generation
 * stamp per slot), which lets one instance serve many small arrays in a row at a cost proportional to
 * each array, not to the largest one seen.
 */
final class HashSlots {

    private long[] keys = new long[0];
    private int[] stamps = new int[0];
    private int stamp;
    private int mask;
    private boolean inserted;

    /** Empties the set and makes room for {@code expected} keys. */
    void reset(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        if (capacity > keys.length) {
            keys = new long[capacity];
            stamps = new int[capacity];
            stamp = 0;
        }
        mask = capacity - 1;
        if (++stamp == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamps, 0);
            stamp = 1;
        }
    }

    /** How large the caller's value arrays must be: every slot index is below this. */
    int capacity() {
        return mask + 1;
    }

    /** The slot of {@code key}, or -1 when it is not in the set. */
    int find(long key) {
        int slot = spread(key) & mask;
        while (stamps[slot] == stamp) {
            if (keys[slot] == key) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The slot of {@code key}, added when new; {@link #inserted()} then says which it was. */
    int insert(long key) {
        int slot = spread(key) & mask;
        while (stamps[slot] == stamp) {
            if (keys[slot] == key) {
                inserted = false;
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        stamps[slot] = stamp;
        keys[slot] = key;
        inserted = true;
        return slot;
    }

    /** Whether the last {@link #insert} added its key. */
    boolean inserted() {
        return inserted;
    }

    private static int spread(long key) {
        return (int) (key ^ (key >>> 32));
    }
}
