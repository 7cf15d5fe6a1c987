package dev.sandboxtests.diff.alignment;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two text bodies line by line with java-diff-utils (Myers' algorithm), one difference per
 * changed run of lines, so that a one-line change in a long page is reported as that line.
 *
 * <p>All of them are at the body's location ({@code (body)}); the reason says which lines, numbered
 * from 1 as editors number them.
 */
final class TextLineDiff {

    private TextLineDiff() {
    }

    static List<Difference> compare(String baseline, String fork) {
        if (baseline.equals(fork)) {
            return List.of();
        }
        List<String> baselineLines = baseline.lines().toList();
        List<String> forkLines = fork.lines().toList();
        List<Difference> differences = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(baselineLines, forkLines).getDeltas()) {
            differences.add(difference(delta));
        }
        if (differences.isEmpty()) {
            // Same lines, different line endings or a final newline: still a change of the bytes sent.
            differences.add(new Difference(Section.BODY, "", Operation.CHANGED, TextNode.valueOf(baseline),
                    TextNode.valueOf(fork), Relevance.MEDIUM, "line endings changed"));
        }
        return differences;
    }

    private static Difference difference(AbstractDelta<String> delta) {
        Chunk<String> source = delta.getSource();
        Chunk<String> target = delta.getTarget();
        return switch (delta.getType()) {
            case INSERT -> new Difference(Section.BODY, "", Operation.ADDED, null, text(target),
                    Relevance.MEDIUM, lines(target) + " added in fork");
            case DELETE -> new Difference(Section.BODY, "", Operation.REMOVED, text(source), null,
                    Relevance.MEDIUM, lines(source) + " missing in fork");
            default -> new Difference(Section.BODY, "", Operation.CHANGED, text(source), text(target),
                    Relevance.MEDIUM, lines(source) + " changed (fork " + lines(target) + ")");
        };
    }

    private static TextNode text(Chunk<String> chunk) {
        return TextNode.valueOf(String.join("\n", chunk.getLines()));
    }

    /** "line 3" or "lines 3-5", numbered from 1. */
    private static String lines(Chunk<String> chunk) {
        int first = chunk.getPosition() + 1;
        int last = chunk.getPosition() + Math.max(1, chunk.size());
        return first == last ? "line " + first : "lines " + first + "-" + last;
    }
}
