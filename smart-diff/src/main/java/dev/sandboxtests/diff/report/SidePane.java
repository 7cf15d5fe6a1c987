package dev.sandboxtests.diff.report;

import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.rendering.ValueTexts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One side (baseline or fork) of the HTML report: the status line, the headers and the body as
 * numbered lines, each line a difference covers coloured by its relevance and addressable by an id
 * ({@code bS}, {@code bH2}, {@code bL120} on the baseline; {@code f…} on the fork).
 */
final class SidePane {

    private final boolean fork;
    private final String name;
    private final String prefix;
    private final Capture capture;
    private final BodyView body;
    private final BodyLines lines;
    private final VisibleLines visible;
    private final List<String> headerNames;
    private final Map<Integer, String> anchors = new HashMap<>();
    private final Map<Integer, String> labels = new HashMap<>();
    private final Map<String, Relevance> lineMarks = new HashMap<>();
    private final LineMarks bodyMarks = new LineMarks();
    private final LineReasons reasons = new LineReasons();

    /**
     * @param fork        whether this is the fork side
     * @param capture     this side's capture
     * @param differences the differences to locate; a difference's id is its index + 1
     * @param bodyPaths   where each difference is in this side's body (its JSON Pointer, or its lines
     *                    on this side), {@code null} where that is not known
     */
    SidePane(boolean fork, Capture capture, List<Difference> differences, List<String> bodyPaths) {
        this.fork = fork;
        this.name = fork ? "Fork" : "Baseline";
        this.prefix = fork ? "f" : "b";
        this.capture = capture;
        this.body = BodyView.of(capture);
        this.headerNames = new ArrayList<>(capture.headers().keySet());
        Map<Integer, String> pointers = new LinkedHashMap<>();
        for (int i = 0; i < differences.size(); i++) {
            Difference difference = differences.get(i);
            if (isOnThisSide(difference, fork)) {
                locateOutsideBody(i + 1, difference, bodyPaths.get(i), pointers);
            }
        }
        this.lines = new BodyLines(body, pointers);
        this.visible = VisibleLines.of(lines.total(), lines.rangesInOrder());
        pointers.keySet().forEach(id -> locateInBody(id, differences.get(id - 1)));
    }

    /**
     * An added value exists only in the fork and a removed one only in the baseline; marking the same
     * pointer on the other side would point at an unrelated value (the next element of an array, say).
     */
    private static boolean isOnThisSide(Difference difference, boolean fork) {
        return difference.operation() != (fork ? Operation.REMOVED : Operation.ADDED);
    }

    private void locateOutsideBody(int id, Difference difference, String bodyPath, Map<Integer, String> pointers) {
        switch (difference.section()) {
            case STATUS -> locate(id, "S", "status", difference);
            case HEADER -> {
                int index = headerNames.indexOf(difference.path());
                if (index >= 0) {
                    locate(id, "H" + (index + 1), "header", difference);
                }
            }
            case BODY -> {
                if (bodyPath != null) {
                    pointers.put(id, bodyPath);
                }
            }
        }
    }

    private void locate(int id, String line, String label, Difference difference) {
        anchors.put(id, prefix + line);
        labels.put(id, label);
        lineMarks.merge(line, difference.relevance(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        reasons.add(line, id, difference);
    }

    private void locateInBody(int id, Difference difference) {
        int[] range = lines.range(id);
        if (range == null) {
            return;
        }
        bodyMarks.add(range[0], range[1], difference.relevance());
        reasons.add("L" + range[0], id, difference);
        if (visible.contains(range[0])) {
            anchors.put(id, prefix + "L" + range[0]);
            labels.put(id, "L" + Texts.number(range[0]));
        } else {
            labels.put(id, "L" + Texts.number(range[0]) + ", not shown");
        }
    }

    /** @return this side's value of {@code difference} as text, a status with its name */
    String valueText(Difference difference) {
        return fork ? ValueTexts.fork(difference, capture) : ValueTexts.baseline(difference, capture);
    }

    /** @return the element id of the first line of difference {@code id} on this side, if shown */
    String anchor(int id) {
        return anchors.get(id);
    }

    /** @return where difference {@code id} is on this side ("L12", "status", "header"), or {@code null} */
    String label(int id) {
        return labels.get(id);
    }

    void appendTo(StringBuilder out) {
        out.append("<section class=\"side\" aria-label=\"").append(name).append("\">\n<h3>").append(name)
                .append(" <small>");
        Html.escape(out, "status " + ValueTexts.status(capture)
                + (body.contentType() == null ? "" : " · " + body.contentType())
                + " · " + Texts.count(body.bytes().length, "byte", "bytes")
                + (body.contentType() == null && body.kind() != BodyView.Kind.EMPTY ? " · " + body.kind().label() : ""));
        out.append("</small></h3>\n<div class=\"code\"><div class=\"rows\">\n");
        fixedLine(out, "S", "status " + ValueTexts.status(capture));
        for (int i = 0; i < headerNames.size(); i++) {
            String header = headerNames.get(i);
            String value = Redaction.isSecret(header) ? Redaction.REDACTED : String.join(", ", capture.headers().get(header));
            String line = header + ": " + value;
            fixedLine(out, "H" + (i + 1), line.length() > BodyLines.LINE_CHARACTERS
                    ? Texts.cut(line, BodyLines.LINE_CHARACTERS) + "…" : line);
        }
        out.append("<div class=\"rule\"></div>\n");
        appendBody(out);
        out.append("</div></div>\n</section>\n");
    }

    private void fixedLine(StringBuilder out, String line, String text) {
        Relevance mark = lineMarks.get(line);
        out.append("<div class=\"ln").append(mark == null ? "" : " " + cssClass(mark)).append("\" id=\"")
                .append(prefix).append(line).append("\" data-n=\"\"");
        reasons.appendAttributes(out, line);
        out.append('>');
        Html.escape(out, text).append("</div>\n");
    }

    private void appendBody(StringBuilder out) {
        int[] last = {0};
        lines.render(new LineSink() {
            @Override
            public boolean wants(int number) {
                return visible.contains(number);
            }

            @Override
            public void line(int number, String text, int omittedCharacters) {
                if (number > last[0] + 1) {
                    gap(out, last[0] + 1, number - 1);
                }
                Relevance mark = bodyMarks.at(number);
                out.append("<div class=\"ln").append(mark == null ? "" : " " + cssClass(mark)).append("\" id=\"")
                        .append(prefix).append('L').append(number).append("\" data-n=\"").append(number).append('"');
                reasons.appendAttributes(out, "L" + number);
                out.append('>');
                Html.escape(out, text);
                if (omittedCharacters > 0) {
                    out.append("<span class=\"cut\">… ")
                            .append(Texts.count(omittedCharacters, "more character", "more characters")).append("</span>");
                }
                out.append("</div>\n");
                last[0] = number;
            }
        });
        if (last[0] < lines.total()) {
            gap(out, last[0] + 1, lines.total());
        }
        if (!visible.allRangesShown()) {
            out.append("<div class=\"gap\">Some differences are past the ")
                    .append(Texts.number(VisibleLines.BUDGET))
                    .append(" lines this page shows of a document; the JSON report has them all.</div>\n");
        }
    }

    private static void gap(StringBuilder out, int from, int to) {
        out.append("<div class=\"gap\">⋯ ")
                .append(from == to ? "line " + Texts.number(from) : "lines " + Texts.number(from) + "–" + Texts.number(to))
                .append(" not shown</div>\n");
    }

    static String cssClass(Relevance relevance) {
        return relevance.name().toLowerCase(Locale.ROOT);
    }
}
