package dev.sandboxtests.diff.assertj;

import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.DiffException;
import dev.sandboxtests.diff.reading.ClassifiedBody;
import dev.sandboxtests.diff.rendering.JsonText;
import dev.sandboxtests.diff.rendering.ValueTexts;
import java.io.IOException;
import java.util.Objects;

/**
 * Renders a {@link Capture} as readable text: a status line ({@code status 200}, or
 * {@code status NOT_FOUND (5)} when the capture names its status), the headers, a blank line and the body
 * (JSON pretty-printed with Jackson's default pretty printer, text as is, binary as a size and hash).
 *
 * <p>Assertion failures put the baseline and fork renderings in the "expected" and "actual" slots so
 * that an IDE can show them side by side. The output is cut at a limit (1 MiB of characters by
 * default) so a huge body cannot flood an IDE or a log.
 *
 * <pre>
 * status 200
 * content-type: application/json
 *
 * {
 *   "total" : 100
 * }
 * </pre>
 */
final class CaptureRendering {

    /** Default size limit of a rendering, in characters. */
    static final int DEFAULT_LIMIT = 1024 * 1024;

    private CaptureRendering() {
    }

    /**
     * @param capture the capture to render
     * @return the rendering, at most about {@link #DEFAULT_LIMIT} characters
     */
    static String render(Capture capture) {
        return render(capture, DEFAULT_LIMIT);
    }

    /**
     * @param capture the capture to render
     * @param limit   the maximum number of characters; a longer rendering is cut and says so
     * @return the rendering
     */
    static String render(Capture capture, int limit) {
        Objects.requireNonNull(capture, "capture");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        StringBuilder text = new StringBuilder("status ").append(ValueTexts.status(capture)).append('\n');
        capture.headers().forEach((name, values) -> text.append(name).append(": ")
                .append(String.join(", ", values)).append('\n'));
        text.append('\n');
        int room = limit - text.length();
        if (room <= 0) {
            return cut(text.toString(), limit);
        }
        String body = body(capture, room);
        // One character more than fits, so that cut() notices and says the rendering was cut.
        text.append(body, 0, Math.min(body.length(), room + 1));
        return cut(text.toString(), limit);
    }

    private static String body(Capture capture, int limit) {
        // A copy of the body (Capture keeps its bytes to itself); rendering happens only on a failure.
        byte[] bytes = capture.body();
        ClassifiedBody body;
        try {
            body = ClassifiedBody.of(bytes, capture.contentType(), "rendered");
        } catch (DiffException notUtf8) {
            // Rendering must never fail: show what the bytes look like instead.
            return "(body of " + bytes.length + " bytes that are not valid UTF-8)";
        }
        return switch (body.kind()) {
            case EMPTY -> "(no body)";
            case JSON -> prettyOrRaw(body.text(), limit);
            case TEXT -> body.text();
            case BINARY -> "(binary body: " + body.summary() + ")";
        };
    }

    private static String prettyOrRaw(String json, int limit) {
        try {
            return JsonText.pretty(json, limit);
        } catch (IOException invalid) {
            // Invalid JSON is reported by SmartDiff; here it is shown as it came.
            return json;
        }
    }

    private static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        return text.substring(0, limit) + "\n… (cut at " + limit + " characters)";
    }
}
