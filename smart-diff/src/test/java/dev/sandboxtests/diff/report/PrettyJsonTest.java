package dev.sandboxtests.diff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class PrettyJsonTest {

    private static final String DOCUMENT = "{\"a\":1,\"b\":[true,null,\"x\"],\"c\":{},\"d\":[],\"e\":{\"f\":1.50}}";

    private static List<String> lines(String json, PointerTargets targets, IntPredicate wanted) throws IOException {
        List<String> lines = new ArrayList<>();
        PrettyJson.write(json, targets, new LineSink() {
            @Override
            public boolean wants(int number) {
                return wanted.test(number);
            }

            @Override
            public void line(int number, String text, int omittedCharacters) {
                lines.add(number + ":" + text + (omittedCharacters > 0 ? "|+" + omittedCharacters : ""));
            }
        }, 400);
        return lines;
    }

    private static String render(String json) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : lines(json, null, n -> true)) {
            lines.add(line.substring(line.indexOf(':') + 1));
        }
        return String.join("\n", lines);
    }

    @Test
    void putsOneMemberOnEachLineIndentedByTwoSpaces() throws IOException {
        assertThat(render(DOCUMENT)).isEqualTo("""
                {
                  "a": 1,
                  "b": [
                    true,
                    null,
                    "x"
                  ],
                  "c": {},
                  "d": [],
                  "e": {
                    "f": 1.50
                  }
                }""");
    }

    @Test
    void notesTheLinesEachPointerStartsAndEndsOn() throws IOException {
        PointerTargets targets = new PointerTargets();
        List<String> pointers = List.of("", "/a", "/b", "/b/2", "/c", "/e", "/e/f", "/missing", "/b/9", "not-a-pointer");
        for (int i = 0; i < pointers.size(); i++) {
            targets.add(i, pointers.get(i));
        }

        int total = PrettyJson.write(DOCUMENT, targets, LineSink.NONE, 400);

        assertThat(total).isEqualTo(13);
        int[][] expected = {{1, 13}, {2, 2}, {3, 7}, {6, 6}, {8, 8}, {10, 12}, {11, 11}, {0, 0}, {0, 0}, {0, 0}};
        for (int i = 0; i < expected.length; i++) {
            assertThat(new int[] {targets.startLine(i), targets.endLine(i)}).as(pointers.get(i)).containsExactly(expected[i]);
        }
    }

    @Test
    void pointerSegmentsAreUnescaped() throws IOException {
        PointerTargets targets = new PointerTargets();
        targets.add(1, "/a~1b/~0c");

        PrettyJson.write("{\"x\":0,\"a/b\":{\"~c\":1}}", targets, LineSink.NONE, 400);

        assertThat(targets.startLine(1)).isEqualTo(4);
    }

    @Test
    void aScalarDocumentIsOneLine() throws IOException {
        PointerTargets targets = new PointerTargets();
        targets.add(1, "");

        assertThat(render("  42 ")).isEqualTo("42");
        PrettyJson.write("42", targets, LineSink.NONE, 400);
        assertThat(new int[] {targets.startLine(1), targets.endLine(1)}).containsExactly(1, 1);
    }

    @Test
    void stringsShowEscapesAndInvisibleCharacters() throws IOException {
        String json = "[\"quote \\\" backslash \\\\ newline \\n bidi \\u202e zero-width \\u200b nul \\u0000 emoji \uD83D\uDE00\"]";

        assertThat(render(json)).contains(
                "\"quote \\\" backslash \\\\ newline \\n bidi \\u202e zero-width \\u200b nul \\u0000 emoji \uD83D\uDE00\"");
    }

    @Test
    void aLongLineIsCutAndTheRestCounted() throws IOException {
        List<String> lines = lines("{\"k\":\"" + "x".repeat(1_000) + "\"}", null, n -> true);

        // 8 characters of indentation and key, then 392 of the 1,000 x: 608 x and the closing quote are left out.
        assertThat(lines.get(1)).hasSize("2:".length() + 400 + "|+609".length()).endsWith("xxx|+609");
    }

    @Test
    void onlyTheWantedLinesAreProduced() throws IOException {
        assertThat(lines(DOCUMENT, null, n -> n == 3 || n == 11))
                .containsExactly("3:  \"b\": [", "11:    \"f\": 1.50");
    }

    @Test
    void aDocumentNestedOneHundredThousandLevelsNeedsNoStackAndStaysNarrow() throws IOException {
        int depth = 100_000;
        PointerTargets targets = new PointerTargets();
        targets.add(1, "/a".repeat(depth));
        List<String> deepest = new ArrayList<>();

        int total = PrettyJson.write(Fixtures.nestedObjects(depth, "true"), targets, new LineSink() {
            @Override
            public boolean wants(int number) {
                return number == depth + 1;
            }

            @Override
            public void line(int number, String text, int omittedCharacters) {
                deepest.add(text);
            }
        }, 400);

        assertThat(total).isEqualTo(2 * depth + 1);
        assertThat(targets.startLine(1)).isEqualTo(depth + 1);
        assertThat(deepest).containsExactly(" ".repeat(2 * PrettyJson.MAX_INDENT_LEVELS) + "\"a\": true");
    }
}
