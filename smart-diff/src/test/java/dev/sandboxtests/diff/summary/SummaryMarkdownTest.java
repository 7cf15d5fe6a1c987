package dev.sandboxtests.diff.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.Relevance;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary as a pull-request comment. */
class SummaryMarkdownTest {

    @TempDir
    Path directory;

    @Test
    void aTablePerSmartTestWithCountsTopDifferencesAndLinks() {
        String markdown = SummaryMarkdown.render(SummaryFixtures.run(directory), "https://ci.example/run/7/");

        assertThat(markdown).contains("3 SmartTests, 1 with HIGH differences: VolumeDiscountTest.quotes (orders GET"
                + " /orders/quote); 1 failed; 1 with caveats")
                .contains("### VolumeDiscountTest.quotes (orders GET /orders/quote)")
                .contains("| 1 | 0 | 0 | no | sbx-1 | [HTML](https://ci.example/run/7/a-volume.html) "
                        + "[JSON](https://ci.example/run/7/a-volume.json) [text](https://ci.example/run/7/a-volume.txt) |")
                .contains("| HIGH | `/quote/discount` |")
                .contains("| 0 | 1 | 0 | yes |")
                .contains("| 0 | 0 | 0 | unknown |")
                .contains("> **Caveat:** the fork of 'pricing' received none");
    }

    @Test
    void listsTheTopDifferencesAndCountsTheRest() {
        List<NotableDifference> many = IntStream.range(0, 8)
                .mapToObj(i -> new NotableDifference(Relevance.HIGH, "/items/" + i, "field removed")).toList();
        SmartTestSummary test = new SmartTestSummary(null, "T.t", "s", "GET", "/", null, null, new Counts(8, 0, 0),
                true, null, List.of(), many, new ReportLinks("t.json", null, null));

        String markdown = SummaryMarkdown.render(RunSummary.of(List.of(test)), "");

        assertThat(markdown).contains("`/items/4`").doesNotContain("`/items/5`").contains("…and 3 more")
                .contains("[JSON](t.json)").doesNotContain("[HTML]");
    }

    @Test
    void cellTextCannotBreakTheTable() {
        SmartTestSummary test = new SmartTestSummary(null, "T.t", "s", "GET", "/a|b", null, null, new Counts(1, 0, 0),
                true, false, List.of(), List.of(new NotableDifference(Relevance.HIGH, "/a`b", "line\nbreak | <b>"
                )), new ReportLinks("t.json", null, null));

        String markdown = SummaryMarkdown.render(RunSummary.of(List.of(test)), "");

        assertThat(markdown).contains("/a\\|b").contains("`/a'b`").contains("line break \\| &lt;b&gt;");
    }
}
