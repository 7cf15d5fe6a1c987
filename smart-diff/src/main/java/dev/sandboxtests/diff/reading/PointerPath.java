package dev.sandboxtests.diff.reading;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An RFC 6901 JSON Pointer built one segment at a time, for matching
 * {@link dev.sandboxtests.diff.PathPattern}s (array rules). Each path shares its parent, so a path
 * 100,000 levels deep costs one small object per level instead of a string per level whose length
 * grows with the depth. (The comparison builds the pointers of the differences it reports from its
 * own stack, only when it reports one.)
 */
public final class PointerPath {

    public static final PointerPath ROOT = new PointerPath(null, "");

    private final PointerPath parent;
    private final String segment;
    private final int depth;

    private PointerPath(PointerPath parent, String segment) {
        this.parent = parent;
        this.segment = segment;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    /** The number of segments: 0 for the root. */
    public int depth() {
        return depth;
    }

    public PointerPath field(String name) {
        return new PointerPath(this, escape(name));
    }

    public PointerPath index(int index) {
        return new PointerPath(this, Integer.toString(index));
    }

    /** The escaped segments from the root, e.g. ["items", "0", "price"]. */
    public java.util.List<String> segments() {
        Deque<String> segments = new ArrayDeque<>();
        for (PointerPath at = this; at.parent != null; at = at.parent) {
            segments.push(at.segment);
        }
        return new java.util.ArrayList<>(segments);
    }

    /** RFC 6901: "~" becomes "~0" first, then "/" becomes "~1", so the two never mix up. */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** The name an escaped segment stands for: the reverse of {@link #escape}, "~1" first, then "~0". */
    public static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /** The pointer text: "" for the root, otherwise "/" before every segment. */
    @Override
    public String toString() {
        Deque<String> segments = new ArrayDeque<>();
        for (PointerPath at = this; at.parent != null; at = at.parent) {
            segments.push(at.segment);
        }
        StringBuilder pointer = new StringBuilder();
        segments.forEach(segment -> pointer.append('/').append(segment));
        return pointer.toString();
    }
}
