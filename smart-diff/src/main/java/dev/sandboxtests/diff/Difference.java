package dev.sandboxtests.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.sandboxtests.diff.reading.LineRange;
import dev.sandboxtests.diff.rendering.JsonText;
import dev.sandboxtests.diff.rendering.ValueTexts;
import java.util.Objects;

/**
 * One difference between the baseline and the fork.
 *
 * <p>Where it is:
 * <ul>
 *   <li>{@link Section#BODY}: {@code path} is an RFC 6901 JSON Pointer into a JSON body; {@code ""} is
 *       the whole body, and keys containing {@code /} or {@code ~} are escaped as {@code ~1} and
 *       {@code ~0} ({@code {"a/b": 1}} is at {@code /a~1b}). In a text body, {@code path} names
 *       lines: {@code #L4} for line 4, {@code #L2-L4} for lines 2 to 4, numbered from 1 as in the
 *       <em>baseline</em> (the first baseline sample). Lines the fork adds have no baseline number:
 *       they are at the baseline line they come before ({@code #L5} for lines inserted between lines 4
 *       and 5, one past the last line for lines appended), and the reason gives their fork lines.</li>
 *   <li>{@link Section#HEADER}: {@code path} is the lower-cased header name.</li>
 *   <li>{@link Section#STATUS}: {@code path} is {@code ""}.</li>
 * </ul>
 *
 * <p>The values are Jackson nodes: a {@link MissingNode} when the value is absent on that side, an
 * {@code IntNode} for a status, a {@code TextNode} of the header values joined with {@code ", "},
 * a {@code TextNode} for a text body, and a {@code TextNode} summary (size and SHA-256) for a
 * binary body.
 *
 * @param section   the part of the response
 * @param path      where in that part, as described above
 * @param operation what happened to the value
 * @param baseline  the baseline value; {@code null} is taken as absent
 * @param fork      the fork value; {@code null} is taken as absent
 * @param relevance how much the difference matters
 * @param reason    why it is rated so, in a few words ("field missing in fork")
 */
public record Difference(Section section, String path, Operation operation, JsonNode baseline, JsonNode fork,
                         Relevance relevance, String reason) {

    private static final int VALUE_LIMIT = 80;

    public Difference {
        // null values are taken as absent, so callers never have to spell out MissingNode.
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(relevance, "relevance");
        Objects.requireNonNull(reason, "reason");
        baseline = baseline == null ? MissingNode.getInstance() : baseline;
        fork = fork == null ? MissingNode.getInstance() : fork;
    }

    /**
     * Where the difference is, in one string that assertions, rules and reports use: the JSON Pointer
     * for a value of a JSON body ({@code "/items/0/price"}), {@code "(body)"} for the whole body,
     * {@code "(body)#L4"} or {@code "(body)#L2-L4"} for lines of a text body (baseline line numbers,
     * see the class description), {@code "status"}, or {@code "header:"} and the header name
     * ({@code "header:content-type"}).
     *
     * @return the location
     */
    public String location() {
        return switch (section) {
            case STATUS -> "status";
            case HEADER -> "header:" + path;
            case BODY -> path.isEmpty() || path.startsWith("#") ? LineRange.WHOLE_BODY + path : path;
        };
    }

    /**
     * One line for humans, e.g. {@code CHANGED /total: 100 → 90 [MEDIUM: value changed]}. Long values
     * are cut with "…", and very long locations keep their end.
     *
     * @return the description
     */
    public String describe() {
        return ValueTexts.describe(this, baselineText(), forkText());
    }

    /**
     * The same difference rated differently; used when noise, a recognised format or a rule changes
     * how much it matters.
     *
     * @param relevance the new relevance
     * @param reason    why, in words ("expected: the total goes down")
     * @return a copy with that relevance and reason
     */
    public Difference withRelevance(Relevance relevance, String reason) {
        return new Difference(section, path, operation, baseline, fork, relevance, reason);
    }

    /**
     * @return the baseline value on one line as JSON, cut at about 80 characters with "…", or
     *         {@code (absent)}; what {@link #describe()} shows
     */
    public String baselineText() {
        return JsonText.compact(baseline, VALUE_LIMIT);
    }

    /**
     * @return the fork value on one line as JSON, cut at about 80 characters with "…", or
     *         {@code (absent)}; what {@link #describe()} shows
     */
    public String forkText() {
        return JsonText.compact(fork, VALUE_LIMIT);
    }

    /** Same as {@link #describe()}; overridden because the default would print whole JSON subtrees. */
    @Override
    public String toString() {
        return describe();
    }
}
