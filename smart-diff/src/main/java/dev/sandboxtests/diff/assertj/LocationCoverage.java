package dev.sandboxtests.diff.assertj;

import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Section;
import dev.sandboxtests.diff.reading.LineRange;
import dev.sandboxtests.diff.rendering.Locations;
import java.util.Optional;

/** Which locations an assertion takes, and whether a location given to an assertion covers a difference. */
final class LocationCoverage {

    private LocationCoverage() {
    }

    /**
     * A location covers a difference at exactly that location; a JSON Pointer also covers everything
     * below it, at a segment boundary ({@code /items} covers {@code /items/0/price} but not
     * {@code /itemsCount}); lines of a text body cover the differences whose lines all lie within them
     * ({@code (body)#L2-L6} covers {@code (body)#L4}); and {@code (body)} covers the whole body.
     */
    static boolean covers(String location, Difference difference) {
        if (location.equals(difference.location())) {
            return true;
        }
        if (difference.section() != Section.BODY) {
            return false;
        }
        if (location.equals(LineRange.WHOLE_BODY)) {
            return true;
        }
        Optional<LineRange> lines = LineRange.fromLocation(location);
        if (lines.isPresent()) {
            return LineRange.fromPath(difference.path()).filter(lines.get()::contains).isPresent();
        }
        return location.startsWith("/") && difference.path().startsWith(location + "/");
    }

    /**
     * The location, if it has one of the forms of {@link Difference#location()}: anything else could
     * never match, and the assertion would fail (or pass) for the wrong reason.
     */
    static String checked(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("A location must not be null or blank, got " + (location == null
                    ? "null" : "\"" + location + "\"") + "; use \"(body)\" for the whole body");
        }
        if (LineRange.isLineLocation(location) && LineRange.fromLocation(location).isEmpty()) {
            throw new IllegalArgumentException("'" + location + "' is not a location: write (body)#L<n> for one line"
                    + " of a text body or (body)#L<n>-L<m> for lines n to m, numbered from 1 as in the baseline");
        }
        boolean known = location.startsWith("/") || location.equals(LineRange.WHOLE_BODY)
                || LineRange.isLineLocation(location) || location.equals("status") || location.startsWith("header:");
        if (!known) {
            throw new IllegalArgumentException("'" + location + "' is not a location: "
                    + Locations.pointerHint(location)
                    + " The other locations are (body), (body)#L<n> for lines of a text body, status and"
                    + " header:<name>.");
        }
        return location;
    }
}
