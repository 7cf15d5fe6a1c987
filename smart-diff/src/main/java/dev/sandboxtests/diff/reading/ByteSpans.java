package dev.sandboxtests.diff.reading;

import java.util.Arrays;

/** Where the containers of a {@link JsonTape} start and end in the bytes it was read from, by node. */
public final class ByteSpans {

    private int[] starts = new int[64];
    private int[] ends = new int[64];

    void start(int node, int offset) {
        if (node >= starts.length) {
            int grown = Math.max(node + 1, starts.length * 2);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
        }
        starts[node] = offset;
    }

    void end(int node, int offset) {
        ends[node] = offset;
    }

    /** The offset of the container's opening bracket. */
    public int start(int node) {
        return starts[node];
    }

    /** The offset just after the container's closing bracket. */
    public int end(int node) {
        return ends[node];
    }
}
