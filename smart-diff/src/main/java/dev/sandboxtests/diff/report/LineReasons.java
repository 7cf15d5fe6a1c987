package dev.sandboxtests.diff.report;

import dev.sandboxtests.diff.Difference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why each marked line is marked: the differences that start on it, by number, relevance and reason
 * ({@code #3 MEDIUM: value changed on a stable field}). The page shows it under the line, so the colour is never the only thing that tells a reader what changed and how much it matters.
 */
final class LineReasons {

    /** The most differences named under one line; the rest are counted. */
    static final int PER_LINE = 3;
    private static final int REASON_CHARACTERS = 160;

    private final Map<String, List<String>> reasons = new HashMap<>();

    /**
     * @param line       the line's key on this side ({@code S}, {@code H2}, {@code L120})
     * @param id         the difference's number in the table
     * @param difference the difference that starts on that line
     */
    void add(String line, int id, Difference difference) {
        String reason = difference.reason();
        if (reason.length() > REASON_CHARACTERS) {
            reason = Texts.cut(reason, REASON_CHARACTERS) + "…";
        }
        reasons.computeIfAbsent(line, key -> new ArrayList<>())
                .add("#" + id + " " + difference.relevance().name() + ": " + reason);
    }

    /** Appends {@code  data-why="…"} for a marked line, nothing for another. */
    void appendAttributes(StringBuilder out, String line) {
        List<String> named = reasons.get(line);
        if (named == null) {
            return;
        }
        String text = String.join(" · ", named.subList(0, Math.min(named.size(), PER_LINE)));
        if (named.size() > PER_LINE) {
            text += " · and " + Texts.count(named.size() - PER_LINE, "more difference", "more differences");
        }
        out.append(" data-why=\"");
        Html.escape(out, text).append('"');
    }
}
