package dev.sandboxtests.diff.reading;

import java.util.Optional;

/**
 * Lines of a text body, numbered from 1 as editors number them, and how locations name them:
 * {@code #L4} for line 4 and {@code #L2-L4} for lines 2 to 4, after {@code (body)} in a location
 * ({@code (body)#L4}) and alone in a difference's path.
 *
 * <p>Lines end at {@code \n} (a {@code \r} before it belongs to the line end), and a final line end
 * does not start another line, as the reports number them. The numbers are those of the baseline.
 * Lines the fork adds have no baseline number: they are at the baseline line they come before (one
 * past the last line when the fork appends them), the way a JSON Patch {@code add} names the index
 * it inserts at.
 *
 * @param first the first line, at least 1
 * @param last  the last line, at least {@code first}
 */
public record LineRange(int first, int last) {

    /** What a location of the whole body is, and what a line location starts with. */
    public static final String WHOLE_BODY = "(body)";
    private static final String LINE = "#L";

    public LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("lines are numbered from 1, first to last, not "
                    + first + " to " + last);
        }
    }

    /**
     * @param path a difference's path, e.g. {@code #L2-L4}
     * @return the lines it names, or empty when it names none (a JSON Pointer, say)
     */
    public static Optional<LineRange> fromPath(String path) {
        if (!path.startsWith(LINE)) {
            return Optional.empty();
        }
        int dash = path.indexOf('-');
        String first = dash < 0 ? path.substring(LINE.length()) : path.substring(LINE.length(), dash);
        String last = dash < 0 ? first : path.startsWith("L", dash + 1) ? path.substring(dash + 2) : "";
        int from = number(first);
        int to = number(last);
        return from < 1 || to < from ? Optional.empty() : Optional.of(new LineRange(from, to));
    }

    /**
     * @param location a location, e.g. {@code (body)#L2-L4}
     * @return the lines it names, or empty when it names none
     */
    public static Optional<LineRange> fromLocation(String location) {
        return isLineLocation(location) ? fromPath(location.substring(WHOLE_BODY.length())) : Optional.empty();
    }

    /** Whether the location is meant as lines of the body, well formed or not: it starts with {@code (body)#}. */
    public static boolean isLineLocation(String location) {
        return location.startsWith(WHOLE_BODY + "#");
    }

    /** @return the path: {@code #L4} or {@code #L2-L4} */
    public String path() {
        return first == last ? LINE + first : LINE + first + "-L" + last;
    }

    /** @return the location: {@code (body)#L4} or {@code (body)#L2-L4} */
    public String location() {
        return WHOLE_BODY + path();
    }

    /** @return whether every line of {@code other} is one of these */
    public boolean contains(LineRange other) {
        return first <= other.first && other.last <= last;
    }

    /** "line 4" or "lines 2-4". */
    public String describe() {
        return first == last ? "line " + first : "lines " + first + "-" + last;
    }

    /**
     * @param value a text difference's value on one side: its lines joined with {@code \n}
     * @return how many lines it holds
     */
    public static int lineCount(String value) {
        int count = 1;
        for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }

    /** A line number in decimal digits, or -1. */
    private static int number(String digits) {
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(digits);
    }
}
