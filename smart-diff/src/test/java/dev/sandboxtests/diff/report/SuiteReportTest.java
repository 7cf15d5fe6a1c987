package dev.sandboxtests.diff.report;

import static dev.sandboxtests.diff.report.Fixtures.CONTEXT;
import static dev.sandboxtests.diff.report.Fixtures.HOSTILE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.diff.BehaviorDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteReportTest {

    @Test
    void listsEveryDiffWithItsCountsAndARelativeLinkToItsReport(@TempDir Path directory) throws Exception {
        BehaviorDiff quote = Fixtures.quote();
        BehaviorDiff same = Fixtures.json("{\"a\":1}", "{\"a\":1}");
        ReportFiles quoteFiles = DiffReport.write(quote, CONTEXT, directory.resolve("diffs"), "0001-quotes");
        ReportContext plain = ReportContext.builder().testName("CurrenciesTest.unchanged").service("inventory").build();
        Path index = directory.resolve("index.html");

        SuiteReport.of(List.of(SuiteReport.Entry.of(quote, CONTEXT, quoteFiles.html()),
                SuiteReport.Entry.of(same, plain, directory.resolve("diffs/0002 unchanged ü.html")))).write(index);

        String page = Files.readString(index, UTF_8);
        DiffSummary summary = DiffSummary.of(quote);
        assertThat(page).contains("<title>Behavioral diffs (2)</title>",
                "1 of 2 diffs with relevant changes",
                "<a href=\"diffs/0001-quotes.html\">VolumeDiscountTest.quotes</a>",
                "<a href=\"diffs/0002%20unchanged%20%C3%BC.html\">report</a>",
                "<span class=\"changed\">200 → 201</span>",
                "<td class=\"n\"><b class=\"high\">" + summary.high() + "</b></td>"
                        + "<td class=\"n\"><b class=\"medium\">2</b></td>",
                "<tr class=\"high\" data-service=\"orders\"><td class=\"n\">1</td><td><span class=\"pill high\">HIGH</span>",
                "<tr data-service=\"inventory\"><td class=\"n\">2</td><td><span class=\"pill none\">NONE</span>",
                "<option value=\"inventory\">inventory (1)</option><option value=\"orders\">orders (1)</option>");
        assertThat(count(page, "<script>")).isEqualTo(1);
    }

    @Test
    void listsTheMostRelevantDiffsFirstAndEqualOnesInTheOrderTheyRan(@TempDir Path directory) {
        BehaviorDiff same = Fixtures.json("{\"a\":1}", "{\"a\":1}");
        BehaviorDiff medium = Fixtures.json("{\"a\":1}", "{\"a\":2}");
        BehaviorDiff high = Fixtures.json("{\"a\":1}", "{\"b\":1}");
        SuiteReport.Entry caveated = new SuiteReport.Entry(named("caveated"), DiffSummary.of(same), 200, 200, null,
                null, null, List.of("the fork was not reached"));

        String page = SuiteReport.of(List.of(entry(same, "same1"), entry(medium, "medium"), entry(same, "same2"),
                entry(high, "high"), caveated)).html(directory.resolve("index.html"));

        assertThat(page).containsSubsequence(">caveated<", ">high<", ">medium<", ">same1<", ">same2<");
        assertThat(page).contains("<span class=\"pill high\">CAVEAT</span>", "<span class=\"pill medium\">MEDIUM</span>");
    }

    private static SuiteReport.Entry entry(BehaviorDiff diff, String testName) {
        return SuiteReport.Entry.of(diff, named(testName), null);
    }

    private static ReportContext named(String testName) {
        return ReportContext.builder().testName(testName).service("svc-" + testName).build();
    }

    private static int count(String page, String part) {
        return page.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void readsItsEntriesBackFromJsonReports(@TempDir Path directory) {
        BehaviorDiff quote = Fixtures.quote();
        ReportFiles files = DiffReport.write(quote, CONTEXT, directory, "0001-quotes");

        SuiteReport.Entry entry = SuiteReport.Entry.fromJsonReport(files.json(), files.html());

        assertThat(entry).isEqualTo(SuiteReport.Entry.of(quote, CONTEXT, files.html()));
    }

    @Test
    void refusesAFileThatIsNotABehavioralDiffReport(@TempDir Path directory) throws Exception {
        Path other = Files.writeString(directory.resolve("other.json"), "{\"schemaVersion\": 7}");

        assertThatThrownBy(() -> SuiteReport.Entry.fromJsonReport(other, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a behavioral diff report of schema version 1 to 2 (its schemaVersion is 7)");
    }

    @Test
    void isSelfContainedAndEscapesWhatTheCallerPassed(@TempDir Path directory) {
        ReportContext hostile = ReportContext.builder().testName(HOSTILE).service(HOSTILE).build();

        String page = SuiteReport.of(List.of(SuiteReport.Entry.of(Fixtures.quote(), hostile,
                directory.resolve("\"><script>x.html")))).html(directory.resolve("index.html"));

        assertThat(page).doesNotContain(HOSTILE, "<script", "<img", "<link", "@import", "http://", "https://")
                .contains("href=\"%22%3E%3Cscript%3Ex.html\"", "script-src 'none'");
    }

    @Test
    void theServiceFilterEscapesServiceNamesAndAddsOnlyItsOwnScript(@TempDir Path directory) {
        ReportContext hostile = ReportContext.builder().testName("a").service(HOSTILE).build();
        ReportContext plain = ReportContext.builder().testName("b").service("orders").build();

        String page = SuiteReport.of(List.of(SuiteReport.Entry.of(Fixtures.quote(), hostile, null),
                SuiteReport.Entry.of(Fixtures.quote(), plain, null))).html(directory.resolve("index.html"));

        assertThat(page).doesNotContain(HOSTILE, "<img").contains("<select id=\"service-filter\">",
                "<option value=\"*\">All services (2)</option>");
        assertThat(count(page, "<script")).isEqualTo(1);
        assertThat(page).contains("<script>" + SuiteIndexPage.FILTER_SCRIPT + "</script>");
    }

    @Test
    void saysSoWhenThereIsNothingToList(@TempDir Path directory) {
        String page = SuiteReport.of(List.of()).html(directory.resolve("index.html"));

        assertThat(page).contains("0 of 0 diffs with relevant changes", "No behavioral diffs were reported.");
    }
}
