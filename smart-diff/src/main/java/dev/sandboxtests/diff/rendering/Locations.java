package dev.sandboxtests.diff.rendering;

/**
 * Locations for people: shortened to fit one line of text, and the hint for a body path written
 * without its leading slash. The end of a deep pointer says what changed, so a long location keeps
 * its end, cut at a segment boundary, after "…".
 *
 * <pre>{@code
 * Locations.shorten("/orders/0/lines/3/price/amount", 20);   // "…/3/price/amount"
 * }</pre>
 */
public final class Locations {

    /** How many characters of a location one line of a message shows: descriptions and tables. */
    public static final int LINE_LIMIT = 120;

    private Locations() {
    }

    /**
     * @param location a difference's location
     * @param limit    how many characters of it to keep at most (not counting the "…")
     * @return the location itself when it fits, else its end from a segment boundary, after "…"
     */
    public static String shorten(String location, int limit) {
        if (location.length() <= limit) {
            return location;
        }
        String tail = location.substring(location.length() - limit);
        int boundary = tail.indexOf('/');
        return "…" + (boundary < 0 ? tail : tail.substring(boundary));
    }

    /**
     * What to tell someone who wrote a body path without its leading slash.
     *
     * @param written what was written, e.g. {@code reviews/average}
     * @return {@code paths into a JSON body are JSON Pointers, which start with '/'; did you mean
     *         "/reviews/average"?}
     */
    public static String pointerHint(String written) {
        return "paths into a JSON body are JSON Pointers, which start with '/'; did you mean \"/" + written + "\"?";
    }
}
