package dev.sandboxtests.diff;

import dev.sandboxtests.diff.reading.PointerPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A location pattern for rules: an RFC 6901 JSON Pointer into the body in which a segment {@code *}
 * matches any one field name or array index and {@code **} matches any number of segments; or one
 * of the non-body locations {@code status} and {@code header:<name>}.
 *
 * <pre>
 * PathPattern.of("/items/&#42;/updatedAt")   // updatedAt of every item
 * PathPattern.of("/&#42;&#42;/traceId")         // traceId at any depth
 * PathPattern.of("header:x-request-id")
 * </pre>
 *
 * <p>A pattern <em>covers</em> a location when it matches the location or one of its ancestors, so
 * {@code /metadata} covers {@code /metadata/generatedAt}.
 */
public final class PathPattern {

    private static final String ANY = "*";
    private static final String ANY_DEPTH = "**";

    private final String text;
    private final List<String> segments;   // body patterns only; null for status/header
    private final String location;         // non-body location, or null

    private PathPattern(String text, List<String> segments, String location) {
        this.text = text;
        this.segments = segments;
        this.location = location;
    }

    /**
     * @throws IllegalArgumentException if the text is neither a JSON Pointer, {@code (body)},
     *     {@code status} nor {@code header:<name>}
     */
    public static PathPattern of(String text) {
        Objects.requireNonNull(text, "pattern");
        if (text.equals("(body)") || text.isEmpty()) {
            return new PathPattern(text, List.of(), null);
        }
        if (text.equals("status") || text.startsWith("header:")) {
            return new PathPattern(text, null, text.equals("status") ? text
                    : "header:" + text.substring("header:".length()).toLowerCase(java.util.Locale.ROOT));
        }
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("'" + text + "' is not a location pattern: write a JSON Pointer"
                    + " such as /items/*/price (with * for any one segment and ** for any depth), (body),"
                    + " status, or header:<name>");
        }
        return new PathPattern(text, List.of(text.substring(1).split("/", -1)), null);
    }

    /** Whether this pattern matches {@code location} exactly (see {@link Difference#location()}). */
    public boolean matches(String location) {
        if (this.location != null) {
            return this.location.equals(location);
        }
        List<String> target = bodySegments(location);
        return target != null && matches(segments, 0, target, 0, false);
    }

    /** Whether this pattern matches {@code location} or one of its ancestors. */
    public boolean covers(String location) {
        if (this.location != null) {
            return this.location.equals(location);
        }
        List<String> target = bodySegments(location);
        return target != null && matches(segments, 0, target, 0, true);
    }

    /** Whether this pattern matches the body path {@code path} exactly. */
    boolean matches(PointerPath path) {
        return segments != null && matches(segments, 0, path.segments(), 0, false);
    }

    /**
     * How many segments the body locations this pattern matches exactly have, from its parsed
     * segments: 0 for {@code (body)}, 2 for {@code /items/*}. Empty when that is not one number: a
     * {@code **} segment matches at any depth, and a status or header pattern matches no body
     * location at all.
     */
    OptionalInt depth() {
        if (segments == null || segments.contains(ANY_DEPTH)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(segments.size());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathPattern that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The pattern as written. */
    @Override
    public String toString() {
        return text;
    }

    /** Segments of a body location, or null for status and header locations. */
    private static List<String> bodySegments(String location) {
        if (location.equals("(body)") || location.isEmpty()) {
            return List.of();
        }
        if (!location.startsWith("/")) {
            return null;
        }
        return new ArrayList<>(List.of(location.substring(1).split("/", -1)));
    }

    /**
     * Glob matching over segments; {@code **} may match zero or more segments. With {@code prefix},
     * the pattern may also match the first segments of the target only (an ancestor), which is
     * decided in the same single pass, so a deep location costs time in proportion to its depth.
     */
    private static boolean matches(List<String> pattern, int p, List<String> target, int t, boolean prefix) {
        while (p < pattern.size()) {
            String segment = pattern.get(p);
            if (segment.equals(ANY_DEPTH)) {
                if (p + 1 == pattern.size()) {
                    return true; // a trailing "**" matches whatever is left
                }
                for (int skip = t; skip <= target.size(); skip++) {
                    if (matches(pattern, p + 1, target, skip, prefix)) {
                        return true;
                    }
                }
                return false;
            }
            if (t >= target.size() || !(segment.equals(ANY) || segment.equals(target.get(t)))) {
                return false;
            }
            p++;
            t++;
        }
        return prefix || t == target.size();
    }
}
