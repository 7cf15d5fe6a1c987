package dev.sandboxtests.diff.alignment;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.Section;
import dev.sandboxtests.diff.reading.LineRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two text bodies line by line with java-diff-utils (Myers' algorithm), so that a one-line
 * change in a long page is reported as that line, at a location that names it.
 *
 * <p>Each difference is at the baseline lines it concerns ({@link LineRange}: {@code (body)#L4},
 * {@code (body)#L2-L4}); lines the fork adds are at the baseline line they come before. A run of
 * changed lines that has as many lines on both sides is reported line by line, so that each line
 * gets its own location, and so its own noise and rules; a run that grows or shrinks is one
 * difference over its baseline lines. The reason gives the fork's line numbers.
 */
final class TextLineDiff {

    private TextLineDiff() {
    }

    static List<Difference> compare(String baseline, String fork) {
        if (baseline.equals(fork)) {
            return List.of();
        }
        List<Difference> differences = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(lines(baseline), lines(fork)).getDeltas()) {
            add(delta, differences);
        }
        if (differences.isEmpty()) {
            // Same lines, different line endings or a final newline: still a change of the bytes sent.
            differences.add(new Difference(Section.BODY, "", Operation.CHANGED, TextNode.valueOf(baseline),
                    TextNode.valueOf(fork), Relevance.MEDIUM, "line endings changed"));
        }
        return differences;
    }

    /** The lines as the reports number them: split at \n, a \r before it dropped, no line after a final \n. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            end = end < 0 ? text.length() : end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(start, end));
            start = next;
        }
        return lines;
    }

    private static void add(AbstractDelta<String> delta, List<Difference> differences) {
        Chunk<String> source = delta.getSource();
        Chunk<String> target = delta.getTarget();
        switch (delta.getType()) {
            case INSERT -> differences.add(difference(new LineRange(source.getPosition() + 1, source.getPosition() + 1),
                    Operation.ADDED, null, text(target.getLines()),
                    noun(target) + " added in fork (fork " + lines(target).describe() + ")"));
            case DELETE -> differences.add(difference(lines(source), Operation.REMOVED, text(source.getLines()), null,
                    noun(source) + " missing in fork"));
            default -> {
                if (source.size() != target.size()) {
                    differences.add(difference(lines(source), Operation.CHANGED, text(source.getLines()),
                            text(target.getLines()), "lines changed (fork " + lines(target).describe() + ")"));
                    return;
                }
                for (int i = 0; i < source.size(); i++) {
                    String before = source.getLines().get(i);
                    String after = target.getLines().get(i);
                    if (!before.equals(after)) {
                        int line = source.getPosition() + i + 1;
                        differences.add(difference(new LineRange(line, line), Operation.CHANGED,
                                TextNode.valueOf(before), TextNode.valueOf(after),
                                "line changed (fork line " + (target.getPosition() + i + 1) + ")"));
                    }
                }
            }
        }
    }

    private static Difference difference(LineRange lines, Operation operation, TextNode baseline, TextNode fork,
                                         String reason) {
        return new Difference(Section.BODY, lines.path(), operation, baseline, fork, Relevance.MEDIUM, reason);
    }

    private static String noun(Chunk<String> chunk) {
        return chunk.size() == 1 ? "line" : "lines";
    }

    private static TextNode text(List<String> lines) {
        return TextNode.valueOf(String.join("\n", lines));
    }

    /** The chunk's lines, numbered from 1. */
    private static LineRange lines(Chunk<String> chunk) {
        return new LineRange(chunk.getPosition() + 1, chunk.getPosition() + Math.max(1, chunk.size()));
    }
}
