package dev.sandboxtests.diff.assertj;

import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Section;

/** Whether a location given to an assertion covers a difference. */
final class LocationCoverage {

    private static final String WHOLE_BODY = "(body)";

    private LocationCoverage() {
    }

    /**
     * A location covers a difference at exactly that location; a JSON Pointer also covers everything
     * below it, at a segment boundary ({@code /items} covers {@code /items/0/price} but not
     * {@code /itemsCount}); and {@code (body)} covers the whole body.
     */
    static boolean covers(String location, Difference difference) {
        if (location.equals(difference.location())) {
            return true;
        }
        if (difference.section() != Section.BODY) {
            return false;
        }
        return location.equals(WHOLE_BODY)
                || (location.startsWith("/") && difference.path().startsWith(location + "/"));
    }
}
