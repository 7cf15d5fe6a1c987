package dev.sandboxtests.diff;

import dev.sandboxtests.diff.reading.LineRange;
import dev.sandboxtests.diff.reading.PointerPath;
import dev.sandboxtests.diff.rendering.Locations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A location pattern for rules: an RFC 6901 JSON Pointer into the body in which a segment {@code *}
 * matches any one field name or array index and {@code **} matches any number of segments; lines of
 * a text body, {@code (body)#L4} or {@code (body)#L2-L4}; {@code (body)} for the whole body; or one
 * of the non-body locations {@code status} and {@code header:<name>}.
 *
 * <pre>
 * PathPattern.of("/items/&#42;/updatedAt")   // updatedAt of every item
 * PathPattern.of("/&#42;&#42;/traceId")         // traceId at any depth
 * PathPattern.of("(body)#L4")              // line 4 of a text body, numbered as in the baseline
 * PathPattern.of("header:x-request-id")
 * </pre>
 *
 * <p>A pattern <em>covers</em> a location when it matches the location or one of its ancestors, so
 * {@code /metadata} covers {@code /metadata/generatedAt}. Lines are numbered as in the baseline (see
 * {@link Difference#location()}); a line pattern covers the differences whose lines all lie within
 * its own, so {@code (body)#L2-L6} covers {@code (body)#L4} and {@code (body)#L3-L5}, and
 * {@code (body)#L4} covers lines the fork adds before baseline line 4. Every line of a text body is
 * below {@code (body)}, so a pattern that covers the whole body ({@code (body)}, {@code /**}) covers
 * its lines too; no other JSON Pointer covers a line.
 */
public final class PathPattern {

    private static final String ANY = "*";
    private static final String ANY_DEPTH = "**";

    private final String text;
    private final List<String> segments;   // JSON Pointer patterns only; null otherwise
    private final String location;         // non-body location, or null
    private final LineRange lines;         // text lines, or null

    private PathPattern(String text, List<String> segments, String location, LineRange lines) {
        this.text = text;
        this.segments = segments;
        this.location = location;
        this.lines = lines;
    }

    /**
     * @throws IllegalArgumentException if the text is neither a JSON Pointer, {@code (body)}, lines
     *     {@code (body)#L<n>} or {@code (body)#L<n>-L<m>}, {@code status} nor {@code header:<name>}
     */
    public static PathPattern of(String text) {
        Objects.requireNonNull(text, "pattern");
        if (text.equals(LineRange.WHOLE_BODY) || text.isEmpty()) {
            return new PathPattern(text, List.of(), null, null);
        }
        if (LineRange.isLineLocation(text)) {
            LineRange lines = LineRange.fromLocation(text).orElseThrow(() -> new IllegalArgumentException("'" + text
                    + "' is not a line pattern: write (body)#L<n> for one line or (body)#L<n>-L<m> for lines n to m,"
                    + " numbered from 1 as in the baseline, such as (body)#L4 or (body)#L2-L4"));
            return new PathPattern(text, null, null, lines);
        }
        if (text.equals("status") || text.startsWith("header:")) {
            return new PathPattern(text, null, text.equals("status") ? text
                    : "header:" + text.substring("header:".length()).toLowerCase(java.util.Locale.ROOT), null);
        }
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("'" + text + "' is not a location pattern: "
                    + Locations.pointerHint(text)
                    + " Write a JSON Pointer such as /items/*/price (with * for any one segment and ** for any"
                    + " depth), (body), (body)#L<n> for a line of a text body, status, or header:<name>.");
        }
        return new PathPattern(text, List.of(text.substring(1).split("/", -1)), null, null);
    }

    /** Whether this pattern matches {@code location} exactly (see {@link Difference#location()}). */
    public boolean matches(String location) {
        if (this.location != null) {
            return this.location.equals(location);
        }
        if (lines != null) {
            return LineRange.fromLocation(location).filter(lines::equals).isPresent();
        }
        List<String> target = bodySegments(location);
        return target != null && matches(segments, 0, target, 0, false);
    }

    /** Whether this pattern matches {@code location} or one of its ancestors. */
    public boolean covers(String location) {
        if (this.location != null) {
            return this.location.equals(location);
        }
        if (lines != null) {
            return LineRange.fromLocation(location).filter(lines::contains).isPresent();
        }
        // A line of a text body is below the whole body and below nothing else a pointer can name.
        List<String> target = LineRange.isLineLocation(location) ? List.of() : bodySegments(location);
        return target != null && matches(segments, 0, target, 0, true);
    }

    /** Whether this pattern matches the body path {@code path} exactly. */
    boolean matches(PointerPath path) {
        return segments != null && matches(segments, 0, path.segments(), 0, false);
    }

    /**
     * How many segments the body locations this pattern matches exactly have, from its parsed
     * segments: 0 for {@code (body)}, 2 for {@code /items/*}. Empty when that is not one number: a
     * {@code **} segment matches at any depth, and a line, status or header pattern matches no body
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

    /** Segments of a body location, or null for status, header and line locations. */
    private static List<String> bodySegments(String location) {
        if (location.equals(LineRange.WHOLE_BODY) || location.isEmpty()) {
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
