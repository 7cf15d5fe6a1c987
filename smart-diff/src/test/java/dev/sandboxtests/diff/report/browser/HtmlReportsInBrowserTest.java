package dev.sandboxtests.diff.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.report.DiffSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML reports as a person sees them in Chromium: the index's rows, order, counts and service
 * filter; a diff page's table, counts, marked lines with their reasons, and its collapsed 5 MB body;
 * and that no page loads anything from anywhere. Screenshots land in {@code target/browser-screenshots/},
 * load timings in {@code timings.txt} beside them (recorded, not asserted).
 */
@WithBrowser
class HtmlReportsInBrowserTest {

    private static ReportRun run;

    @BeforeAll
    static void writeTheReportsOfARun() {
        run = ReportRun.write(Path.of("target", "browser-reports"));
    }

    @Test
    void theIndexListsEveryDiffMostRelevantFirstAndLoadsNothing(Browser browser) {
        BrowserPage page = browser.open(run.index);

        // The failure's missing and extra fields are more HIGH differences than the catalog's two.
        assertThat(page.findAll("table.suite tbody tr td:nth-child(3) > a")).containsExactly("ReviewsTest.unreached",
                "OrdersTest.failure", "CatalogTest.fiveMegabytes", "QuotesTest.volumeDiscount", "QuotesTest.total",
                "OrdersTest.newId", "OrdersTest.unchanged");
        assertThat(DiffSummary.of(run.test("OrdersTest.failure").diff()).high())
                .isGreaterThan(DiffSummary.of(run.test("CatalogTest.fiveMegabytes").diff()).high());
        assertThat(page.findAll("table.suite tbody tr td:nth-child(2)"))
                .containsExactly("CAVEAT", "HIGH", "HIGH", "HIGH", "MEDIUM", "LOW", "NONE");
        assertThat(words(page.findAll(".summary .count"))).containsExactly(total(Relevance.HIGH) + " HIGH",
                total(Relevance.MEDIUM) + " MEDIUM", total(Relevance.LOW) + " LOW");
        long relevant = run.tests.stream().filter(test -> DiffSummary.of(test.diff()).relevant()).count();
        assertThat(page.findAll(".summary .verdict"))
                .containsExactly(relevant + " of 7 diffs with relevant changes", "1 not conclusive: it has a caveat");
        assertThat(page.findAll("table.suite tbody tr td:nth-child(3) .caveat"))
                .containsExactly("Caveat: " + run.test("ReviewsTest.unreached").diff().caveats().get(0));
        assertThat(page.requests()).containsExactly(run.index.toUri().toString());
        assertThat(page.consoleErrors()).isEmpty();
        page.screenshot("index");
    }

    @Test
    void theIndexFiltersByServiceAndLinksEachRowToItsDiffPage(Browser browser) {
        BrowserPage page = browser.open(run.index);

        page.click("#service-filter option[value='orders']");
        assertThat(page.findAll("table.suite tbody tr td:nth-child(3) > a"))
                .containsExactly("OrdersTest.failure", "OrdersTest.newId", "OrdersTest.unchanged");
        assertThat(page.findAll("#shown")).containsExactly("Showing 3 of 7");
        page.screenshot("index-filtered-by-service");

        page.click("#service-filter option[value='*']");
        assertThat(page.findAll("table.suite tbody tr")).hasSize(7);
        assertThat(page.isVisible("#shown")).isFalse();

        page.click("table.suite tbody tr td:nth-child(3) > a");
        assertThat(page.currentUrl()).isEqualTo(run.test("ReviewsTest.unreached").html().toUri().toString());
        assertThat(page.findAll(".caveats h2")).containsExactly("Caveat: this diff may not show the fork's behaviour");
    }

    @Test
    void aDiffPageShowsEachDifferenceInItsTableAndMarksItsLinesWithTheReason(Browser browser) {
        ReportRun.Test quotes = run.test("QuotesTest.volumeDiscount");
        BrowserPage page = browser.open(quotes.html());

        List<Difference> differences = quotes.diff().differences();
        assertThat(differences).extracting(Difference::relevance).contains(Relevance.values());
        assertThat(page.findAll("table.differences tbody tr td:nth-child(4) a code"))
                .containsExactlyElementsOf(differences.stream().map(Difference::location).toList());
        for (int i = 0; i < differences.size(); i++) {
            assertMarked(page, i + 1, differences.get(i));
        }
        assertThat(page.requests()).containsExactly(quotes.html().toUri().toString());
        assertThat(page.consoleErrors()).isEmpty();
        page.screenshot("diff-page");
    }

    @Test
    void aFiveMegabyteBodyIsCollapsedAroundItsDifferencesAndEachSideOpensAtTheFirst(Browser browser)
            throws IOException {
        ReportRun.Test catalog = run.test("CatalogTest.fiveMegabytes");
        BrowserPage page = browser.open(catalog.html());
        PageTimings timings = page.timings();

        List<Difference> differences = catalog.diff().differences();
        assertThat(differences).extracting(Difference::location).containsExactly(
                "/items/" + ReportRun.FIRST_PRICE_CHANGE + "/price", "/items/" + ReportRun.RENAMED_SKU + "/sku",
                "/items/" + ReportRun.RENAMED_SKU + "/skuCode", "/items/" + ReportRun.SECOND_PRICE_CHANGE + "/price");
        assertThat(page.findAll("table.differences tbody tr td:nth-child(2)"))
                .containsExactly("MEDIUM", "HIGH", "HIGH", "MEDIUM");
        assertThat(words(page.findAll(".summary .count"))).containsExactly("2 HIGH", "2 MEDIUM", "0 LOW");
        for (int i = 0; i < differences.size(); i++) {
            assertMarked(page, i + 1, differences.get(i));
        }
        // Collapsed: the head, then a few lines around each difference, with the gaps said in words.
        assertThat(page.findAll("#sides .side:first-child .gap").get(0)).matches("⋯ lines 101–[0-9,]+ not shown");
        assertThat(((Number) page.script("return document.querySelectorAll('.ln').length;")).intValue())
                .isLessThan(1_000);
        // Each side opens at its first difference, not at the top of the body.
        assertThat(isInItsPaneView(page, lineOf(page, 1, "data-f"))).isTrue();
        assertThat(isInItsPaneView(page, lineOf(page, 1, "data-b"))).isTrue();
        // A click on the last difference's location brings both of its lines into view, outlined.
        page.click("table.differences tbody tr:nth-child(4) td:nth-child(4) a");
        assertThat(page.findAll(".ln.focus")).hasSize(2);
        assertThat(isInItsPaneView(page, lineOf(page, 4, "data-f"))).isTrue();
        assertThat(page.requests()).containsExactly(catalog.html().toUri().toString());
        assertThat(page.consoleErrors()).isEmpty();
        page.screenshot("diff-page-5mb-body");
        record("5 MB body: HTML, JSON and text reports written in %d ms, %,d bytes of HTML; in Chromium: %s"
                .formatted(catalog.writeMillis(), Files.size(catalog.html()), timings));
    }

    /** Difference {@code number}'s table row names its relevance, and its lines carry that colour and its reason. */
    private static void assertMarked(BrowserPage page, int number, Difference difference) {
        String relevance = difference.relevance().name();
        String row = "table.differences tbody tr:nth-child(" + number + ")";
        assertThat(page.findAll(row + " td:nth-child(2)")).containsExactly(relevance);
        assertThat(page.findAll(row + " td:nth-child(6)")).containsExactly(difference.reason());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) page.script("""
                const link = document.querySelector(arguments[0] + ' td:nth-child(4) a');
                return ['data-b', 'data-f'].map(name => link.getAttribute(name)).filter(id => id)
                    .map(id => document.getElementById(id))
                    .map(line => ({classes: line.className, why: getComputedStyle(line, '::after').content}));""",
                row);
        assertThat(lines).as("the lines of difference #%d", number).isNotEmpty().allSatisfy(line -> {
            assertThat(Arrays.asList(line.get("classes").toString().split(" ")))
                    .contains("ln", relevance.toLowerCase());
            assertThat(line.get("why").toString())
                    .isEqualTo("\"#" + number + " " + relevance + ": " + difference.reason() + "\"");
        });
    }

    /** The id of difference {@code number}'s first line on one side ({@code data-b} or {@code data-f}). */
    private static String lineOf(BrowserPage page, int number, String side) {
        return (String) page.script("return document.querySelector('table.differences tbody tr:nth-child("
                + number + ") td:nth-child(4) a').getAttribute(arguments[0]);", side);
    }

    /** Whether the line is scrolled into the visible part of its side's pane. */
    private static boolean isInItsPaneView(BrowserPage page, String lineId) {
        return (Boolean) page.script("""
                const line = document.getElementById(arguments[0]);
                const pane = line.closest('.code').getBoundingClientRect();
                const box = line.getBoundingClientRect();
                return box.top >= pane.top && box.bottom <= pane.bottom;""", lineId);
    }

    /** The texts with each run of white space (a line break between a count and its name) as one space. */
    private static List<String> words(List<String> texts) {
        return texts.stream().map(text -> text.replaceAll("\\s+", " ")).toList();
    }

    private static long total(Relevance relevance) {
        return run.tests.stream().mapToLong(test -> DiffSummary.of(test.diff()).count(relevance)).sum();
    }

    private static void record(String timing) throws IOException {
        System.out.println("[browser] " + timing);
        Files.createDirectories(BrowserPage.SCREENSHOTS);
        Files.writeString(BrowserPage.SCREENSHOTS.resolve("timings.txt"), timing + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
