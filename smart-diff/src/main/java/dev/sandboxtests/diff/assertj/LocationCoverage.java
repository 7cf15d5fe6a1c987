package dev.sandboxtests.diff.assertj;

import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Section;
import dev.sandboxtests.diff.reading.LineRange;
import java.util.Optional;

/** Whether a location given to an assertion covers a difference. */
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
}
