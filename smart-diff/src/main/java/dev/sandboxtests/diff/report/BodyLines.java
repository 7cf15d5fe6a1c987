package dev.sandboxtests.diff.report;

import dev.sandboxtests.diff.reading.LineRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One side's body as numbered lines — JSON pretty-printed, text as it is, binary as a summary and
 * the first bytes in hex — and the lines each located difference covers. Lines are produced again
 * on demand instead of being kept, so a 50 MB body costs two streaming passes, not 50 MB of lines.
 */
final class BodyLines {

    /** The most characters of a line a report shows. */
    static final int LINE_CHARACTERS = 400;

    private static final int HEX_BYTES = 256;
    private static final int HEX_BYTES_PER_LINE = 16;

    private final BodyView body;
    private final List<String> fixed; // the lines of an empty or binary body; null otherwise
    private final int total;
    private final Map<Integer, int[]> ranges = new HashMap<>();

    /**
     * @param body     the body
     * @param pointers difference ids to the JSON Pointers they are at ({@code ""}: the whole body) or,
     *                 in a text body, to their lines on this side ({@code #L4}, {@code #L2-L4})
     */
    BodyLines(BodyView body, Map<Integer, String> pointers) {
        this.body = body;
        this.fixed = switch (body.kind()) {
            case EMPTY -> List.of("(no body)");
            case BINARY -> binaryLines(body);
            case JSON, TEXT -> null;
        };
        if (body.kind() == BodyView.Kind.JSON) {
            PointerTargets targets = new PointerTargets();
            pointers.forEach(targets::add);
            total = json(targets, LineSink.NONE);
            pointers.keySet().forEach(id -> {
                if (targets.startLine(id) > 0) {
                    ranges.put(id, new int[] {targets.startLine(id), targets.endLine(id)});
                }
            });
        } else {
            total = fixed != null ? fixed.size() : text(LineSink.NONE);
            // Text is located by its lines; otherwise only a difference of the whole body can be.
            pointers.forEach((id, pointer) -> {
                if (pointer.isEmpty()) {
                    ranges.put(id, new int[] {1, total});
                }
                LineRange lines = body.kind() == BodyView.Kind.TEXT ? LineRange.fromPath(pointer).orElse(null) : null;
                if (lines != null && lines.first() <= total) {
                    ranges.put(id, new int[] {lines.first(), Math.min(lines.last(), total)});
                }
            });
        }
    }

    int total() {
        return total;
    }

    /** @return the first and last line of the difference with this id, or {@code null} if it was not located */
    int[] range(int id) {
        return ranges.get(id);
    }

    /** @return the located ranges, ordered by first line */
    List<int[]> rangesInOrder() {
        List<int[]> ordered = new ArrayList<>(ranges.values());
        ordered.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        return ordered;
    }

    /** Sends the lines the sink wants to it. */
    void render(LineSink sink) {
        if (fixed != null) {
            for (int i = 0; i < fixed.size(); i++) {
                if (sink.wants(i + 1)) {
                    sink.line(i + 1, fixed.get(i), 0);
                }
            }
        } else if (body.kind() == BodyView.Kind.JSON) {
            json(null, sink);
        } else {
            text(sink);
        }
    }

    private int json(PointerTargets targets, LineSink sink) {
        try {
            return PrettyJson.write(body.text(), targets, sink, LINE_CHARACTERS);
        } catch (IOException impossible) {
            // BodyView parsed this text as one valid JSON document already.
            throw new UncheckedIOException("JSON that parsed once failed to parse again", impossible);
        }
    }

    /** Lines split at \n (a \r before it dropped); a final line end does not start an empty line. */
    private int text(LineSink sink) {
        String text = body.text();
        int number = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            if (end < 0) {
                end = text.length();
            }
            if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            number++;
            if (sink.wants(number)) {
                sendTextLine(sink, number, text, start, end);
            }
            start = next;
        }
        return Math.max(number, 1);
    }

    private static void sendTextLine(LineSink sink, int number, String text, int start, int end) {
        StringBuilder line = new StringBuilder(Math.min(end - start, LINE_CHARACTERS) + 8);
        int at = start;
        while (at < end && line.length() < LINE_CHARACTERS) {
            char c = text.charAt(at);
            boolean pair = Character.isHighSurrogate(c) && at + 1 < end && Character.isLowSurrogate(text.charAt(at + 1));
            if (pair) {
                line.append(c).append(text.charAt(at + 1));
                at += 2;
            } else {
                // Show invisible characters as escapes (a tab is visible enough), so what is seen is what is there.
                line.append(c != '\t' && PrettyJson.isInvisible(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                at++;
            }
        }
        sink.line(number, line.toString(), end - at);
    }

    private static List<String> binaryLines(BodyView body) {
        byte[] bytes = body.bytes();
        List<String> lines = new ArrayList<>();
        lines.add("(binary body: " + Texts.number(bytes.length) + " bytes, sha-256 " + body.sha256() + ")");
        HexFormat hex = HexFormat.ofDelimiter(" ");
        int shown = Math.min(bytes.length, HEX_BYTES);
        for (int offset = 0; offset < shown; offset += HEX_BYTES_PER_LINE) {
            int end = Math.min(shown, offset + HEX_BYTES_PER_LINE);
            lines.add(String.format("%08x  %s", offset, hex.formatHex(bytes, offset, end)));
        }
        if (bytes.length > shown) {
            lines.add("… " + Texts.number(bytes.length - shown) + " more bytes");
        }
        return lines;
    }
}
