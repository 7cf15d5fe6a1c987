package dev.sandboxtests.diff;

import dev.sandboxtests.diff.reading.PointerPath;
import java.util.Objects;

/**
 * How the elements of an array are matched between baseline and fork.
 *
 * <ul>
 *   <li>{@link #ordered()}: a sequence; insertions and deletions are reported as such (default).</li>
 *   <li>{@link #unordered()}: a multiset; order does not matter.</li>
 *   <li>{@link #keyed(String)}: elements are the same element when the value at {@code key} (a field
 *       name, or a JSON Pointer inside the element) is equal; order does not matter.</li>
 * </ul>
 */
public record ArrayMode(Kind kind, String key) {

    /** The three ways to match elements. */
    public enum Kind { ORDERED, UNORDERED, KEYED }

    private static final ArrayMode ORDERED = new ArrayMode(Kind.ORDERED, null);
    private static final ArrayMode UNORDERED = new ArrayMode(Kind.UNORDERED, null);

    public ArrayMode {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.KEYED && (key == null || key.isBlank())) {
            throw new IllegalArgumentException("a keyed array needs a key field, e.g. \"id\" or \"/sku/code\"");
        }
    }

    public static ArrayMode ordered() {
        return ORDERED;
    }

    public static ArrayMode unordered() {
        return UNORDERED;
    }

    public static ArrayMode keyed(String key) {
        return new ArrayMode(Kind.KEYED, key);
    }

    /** The key as a JSON Pointer inside an element: {@code id} becomes {@code /id}. */
    public String keyPointer() {
        return key == null ? null : key.startsWith("/") ? key : "/" + PointerPath.escape(key);
    }
}
