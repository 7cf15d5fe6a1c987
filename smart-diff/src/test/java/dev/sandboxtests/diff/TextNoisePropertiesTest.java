package dev.sandboxtests.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.reading.LineRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Noise in a text body is learned per line: on pages where some lines differ between the two baseline
 * samples (timestamps, request ids), a change the fork makes on a line that is the same in both samples
 * is never rated LOW, however close it is to a noisy line.
 */
class TextNoisePropertiesTest {

    private static final SmartDiff ENGINE = SmartDiff.defaults();

    /**
     * A page, the indices of its lines that vary between baseline samples, and the index of the stable
     * line the fork changes.
     */
    record Page(List<String> lines, Set<Integer> noisy, int changed) {

        /** Sample {@code sample} of the page: noisy lines have a value of their own in every sample. */
        String sample(int sample) {
            List<String> text = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                text.add(noisy.contains(i) ? "at " + sample + "-" + i : lines.get(i));
            }
            return String.join("\n", text) + "\n";
        }

        /** A third sample, with the stable line changed. */
        String fork() {
            List<String> text = new ArrayList<>(sample(3).lines().toList());
            text.set(changed, "changed " + lines.get(changed) + " in the fork");
            return String.join("\n", text) + "\n";
        }

        boolean allNoisy(LineRange range) {
            return IntStream.rangeClosed(range.first(), range.last()).allMatch(line -> noisy.contains(line - 1));
        }
    }

    /** Pages with repeated lines (markup, blank lines), where a line diff has several ways to align. */
    @Provide
    Arbitrary<Page> pages() {
        Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.of("<hr>", "", "<p>", "</p>"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).map(word -> "text " + word));
        return pagesOf(line.list().ofMinSize(2).ofMaxSize(40));
    }

    /** Pages whose lines are all different, so a line diff aligns them in one way only. */
    @Provide
    Arbitrary<Page> distinctPages() {
        return pagesOf(Arbitraries.integers().between(2, 40)
                .map(size -> IntStream.range(0, size).mapToObj(i -> "line " + i).toList()));
    }

    private static Arbitrary<Page> pagesOf(Arbitrary<List<String>> pages) {
        return pages.flatMap(lines -> Combinators.combine(
                        Arbitraries.integers().between(0, lines.size() - 1).set().ofMinSize(1).ofMaxSize(lines.size() - 1),
                        Arbitraries.integers().between(0, lines.size() - 1))
                .as((noisy, pick) -> {
                    List<Integer> stable = IntStream.range(0, lines.size()).filter(i -> !noisy.contains(i)).boxed().toList();
                    return new Page(lines, noisy, stable.get(pick % stable.size()));
                }));
    }

    private static BehaviorDiff compare(Page page) {
        return ENGINE.compare(List.of(html(page.sample(1)), html(page.sample(2))), html(page.fork()));
    }

    private static Capture html(String page) {
        return Capture.of(200, Map.of("content-type", List.of("text/html")), page.getBytes(UTF_8));
    }

    @Property(tries = 500)
    void aChangeOnAStableLineIsRelevantAndOnlyNoisyLinesAreLow(@ForAll("pages") Page page) {
        BehaviorDiff diff = compare(page);

        assertThat(diff.hasRelevantChanges()).as("relevant changes in %s", diff).isTrue();
        for (Difference low : diff.at(Relevance.LOW)) {
            LineRange lines = LineRange.fromPath(low.path()).orElseThrow();
            assertThat(page.allNoisy(lines)).as("%s covers only noisy lines %s", low, page.noisy()).isTrue();
        }
    }

    @Property(tries = 300)
    void theChangedStableLineIsItsOwnMediumDifference(@ForAll("distinctPages") Page page) {
        BehaviorDiff diff = compare(page);

        Difference changed = diff.at("(body)#L" + (page.changed() + 1)).orElseThrow(() -> new AssertionError(diff));
        assertThat(changed.relevance()).as("%s", changed).isEqualTo(Relevance.MEDIUM);
        assertThat(diff.relevantDifferences()).containsExactly(changed);
    }
}
