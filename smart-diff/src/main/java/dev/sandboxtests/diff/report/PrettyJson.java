package dev.sandboxtests.diff.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Pretty-prints JSON line by line, token by token (no recursion, so a document 100,000 levels deep
 * is fine), and notes on which lines the values at given JSON Pointers start and end. The layout is
 * fixed: two spaces per level (at most {@value #MAX_INDENT_LEVELS} levels, so deep documents stay
 * narrow), {@code "name": value}, one member per line, {@code {}} and {@code []} for empty containers.
 * Strings are shown with JSON escapes, and invisible or direction-changing characters are escaped
 * too, so what is seen is what is there.
 */
final class PrettyJson {

    static final int MAX_INDENT_LEVELS = 24;

    private final JsonParser parser;
    private final PointerTargets targets;
    private final LineSink sink;
    private final int lineLimit;

    private boolean[] objects = new boolean[32];
    private int[] counts = new int[32];
    private PointerTargets.Node[] nodes = new PointerTargets.Node[32];
    private int depth;
    private boolean justOpened;
    private String fieldName;
    private int rootValues;

    private int line = 1;
    private final StringBuilder text = new StringBuilder();
    private boolean recording;
    private int omitted;

    private PrettyJson(JsonParser parser, PointerTargets targets, LineSink sink, int lineLimit) {
        this.parser = parser;
        this.targets = targets;
        this.sink = sink;
        this.lineLimit = lineLimit;
    }

    /**
     * @param json      one valid JSON document
     * @param targets   pointers whose lines to note, or {@code null}
     * @param sink      receives the lines it wants
     * @param lineLimit the most characters a line keeps; the rest is counted as omitted
     * @return the number of lines
     * @throws IOException when the text is not valid JSON
     */
    static int write(String json, PointerTargets targets, LineSink sink, int lineLimit) throws IOException {
        try (JsonParser parser = ReportJson.FACTORY.createParser(json)) {
            return new PrettyJson(parser, targets, sink, lineLimit).run();
        }
    }

    private int run() throws IOException {
        recording = sink.wants(line);
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            switch (token) {
                case FIELD_NAME -> field(parser.currentName());
                case START_OBJECT, START_ARRAY -> open(token == JsonToken.START_OBJECT);
                case END_OBJECT, END_ARRAY -> close(token == JsonToken.END_OBJECT);
                default -> scalar(token);
            }
        }
        emit();
        return line;
    }

    private void field(String name) {
        member();
        appendQuoted(name);
        append(": ");
        fieldName = name;
    }

    /** Puts the next member of the open container on a new line, after a comma unless it is the first. */
    private void member() {
        int top = depth - 1;
        if (justOpened) {
            justOpened = false;
            newLine(depth);
        } else if (counts[top] > 0) {
            append(",");
            newLine(depth);
        }
        counts[top]++;
    }

    /** Lays out the start of a value and returns its pointer node, if it is on the way to a target. */
    private PointerTargets.Node valueStart() {
        PointerTargets.Node node;
        if (depth == 0) {
            if (rootValues++ > 0) {
                newLine(0);
            }
            node = targets == null ? null : targets.root();
        } else {
            int top = depth - 1;
            PointerTargets.Node parent = nodes[top];
            if (objects[top]) {
                node = parent == null ? null : parent.child(fieldName);
            } else {
                member();
                // The index is turned into text only when some target goes through this array.
                node = parent == null || !parent.hasChildren() ? null : parent.child(Integer.toString(counts[top] - 1));
            }
        }
        if (node != null) {
            node.started(line);
        }
        return node;
    }

    private void open(boolean object) {
        PointerTargets.Node node = valueStart();
        append(object ? "{" : "[");
        if (depth == objects.length) {
            int size = depth * 2;
            objects = Arrays.copyOf(objects, size);
            counts = Arrays.copyOf(counts, size);
            nodes = Arrays.copyOf(nodes, size);
        }
        objects[depth] = object;
        counts[depth] = 0;
        nodes[depth] = node;
        depth++;
        justOpened = true;
    }

    private void close(boolean object) {
        depth--;
        if (justOpened) {
            justOpened = false; // an empty container stays on its opening line
        } else {
            newLine(depth);
        }
        append(object ? "}" : "]");
        if (nodes[depth] != null) {
            nodes[depth].ended(line);
            nodes[depth] = null;
        }
    }

    private void scalar(JsonToken token) throws IOException {
        PointerTargets.Node node = valueStart();
        if (recording) {
            // Only a line someone wants pays for the text; numbers stay as written.
            if (token == JsonToken.VALUE_STRING) {
                appendQuoted(parser.getText());
            } else {
                append(parser.getText());
            }
        }
        if (node != null) {
            node.ended(line);
        }
    }

    private void newLine(int level) {
        emit();
        line++;
        text.setLength(0);
        omitted = 0;
        recording = sink.wants(line);
        if (recording) {
            text.append(" ".repeat(2 * Math.min(level, MAX_INDENT_LEVELS)));
        }
    }

    private void emit() {
        if (recording) {
            sink.line(line, text.toString(), omitted);
        }
    }

    private void append(String part) {
        if (!recording) {
            return;
        }
        int room = lineLimit - text.length();
        if (part.length() <= room) {
            text.append(part);
        } else {
            int kept = Math.max(0, room);
            if (kept > 0 && Character.isHighSurrogate(part.charAt(kept - 1))) {
                kept--;
            }
            text.append(part, 0, kept);
            omitted += part.length() - kept;
        }
    }

    private void appendQuoted(String value) {
        if (!recording) {
            return;
        }
        if (text.length() >= lineLimit) {
            omitted += value.length() + 2;
            return;
        }
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            if (text.length() >= lineLimit) {
                omitted += value.length() - i + 1;
                return;
            }
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                text.append(c).append(value.charAt(++i));
            } else {
                appendEscaped(c);
            }
        }
        text.append('"');
    }

    private void appendEscaped(char c) {
        switch (c) {
            case '"' -> text.append("\\\"");
            case '\\' -> text.append("\\\\");
            case '\n' -> text.append("\\n");
            case '\r' -> text.append("\\r");
            case '\t' -> text.append("\\t");
            case '\b' -> text.append("\\b");
            case '\f' -> text.append("\\f");
            default -> {
                if (isInvisible(c)) {
                    text.append(String.format("\\u%04x", (int) c));
                } else {
                    text.append(c);
                }
            }
        }
    }

    /** Control, format (bidi overrides, zero-width), separator characters and lone surrogates. */
    static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
                || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
