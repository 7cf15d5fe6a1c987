package dev.sandboxtests.diff.rendering;

import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Section;

/**
 * A difference's values as messages, tables and reports show them: as {@link Difference#baselineText()}
 * and {@link Difference#forkText()} do, except that a status is shown by its name and number,
 * {@code NOT_FOUND (5)}, when its capture has a name ({@link Capture#withStatusName}).
 */
public final class ValueTexts {

    private ValueTexts() {
    }

    /** @return {@code NOT_FOUND (5)} for a capture with a status name, else the number */
    public static String status(Capture capture) {
        return status(capture.status(), capture.statusName().orElse(null));
    }

    /** @return {@code NOT_FOUND (5)} with a name, the number alone when {@code name} is {@code null} */
    public static String status(int status, String name) {
        return name == null ? Integer.toString(status) : name + " (" + status + ")";
    }

    /** @return the baseline value of {@code difference}, the baseline's status name included */
    public static String baseline(Difference difference, Capture baseline) {
        return difference.section() == Section.STATUS ? status(baseline) : difference.baselineText();
    }

    /** @return the fork value of {@code difference}, the fork's status name included */
    public static String fork(Difference difference, Capture fork) {
        return difference.section() == Section.STATUS ? status(fork) : difference.forkText();
    }

    /** {@link Difference#describe()}, with the captures' status names. */
    public static String describe(Difference difference, Capture baseline, Capture fork) {
        return describe(difference, baseline(difference, baseline), fork(difference, fork));
    }

    /**
     * One line: {@code CHANGED /total: 100 → 90 [MEDIUM: value changed]}, the location shortened to
     * fit ({@link Locations#shorten}).
     */
    public static String describe(Difference difference, String baselineText, String forkText) {
        return difference.operation() + " " + Locations.shorten(difference.location(), Locations.LINE_LIMIT) + ": "
                + baselineText + " → " + forkText + " [" + difference.relevance() + ": " + difference.reason() + "]";
    }
}
