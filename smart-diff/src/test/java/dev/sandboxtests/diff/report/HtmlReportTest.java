package dev.sandboxtests.diff.report;

import static dev.sandboxtests.diff.report.Fixtures.CONTEXT;
import static dev.sandboxtests.diff.report.Fixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.SmartDiff;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final Pattern EXTERNAL_REFERENCE =
            Pattern.compile("(?i)\\b(src|href|action|srcset|poster|data)\\s*=\\s*[\"']?\\s*(https?:|//|javascript:)");

    /** The line element with that id: its classes and its text, unescaped. */
    private static String[] line(String page, String id) {
        return lineWithReason(page, id).subList(0, 2).toArray(String[]::new);
    }

    /** The line element with that id: its classes, its text and why it is marked ("" if it is not), unescaped. */
    private static List<String> lineWithReason(String page, String id) {
        Matcher matcher = Pattern.compile("<div class=\"ln([^\"]*)\" id=\"" + id
                + "\" data-n=\"[0-9]*\"(?: data-why=\"([^\"]*)\")?>(.*?)</div>").matcher(page);
        assertThat(matcher.find()).as("line %s is on the page", id).isTrue();
        String why = matcher.group(2) == null ? "" : unescape(matcher.group(2));
        return List.of(matcher.group(1).trim(), unescape(matcher.group(3)), why);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** The id of the first line on one side ('b' or 'f') whose text contains {@code text}. */
    private static String lineWith(String page, char side, String text) {
        Matcher matcher = Pattern.compile("<div class=\"ln[^\"]*\" id=\"(" + side
                        + "L[0-9]+)\" data-n=\"[0-9]+\"(?: data-why=\"[^\"]*\")?>([^<]*)</div>")
                .matcher(page);
        while (matcher.find()) {
            if (unescape(matcher.group(2)).contains(text)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no line on side " + side + " contains " + text);
    }

    private static int count(String page, String part) {
        return page.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void isOneSelfContainedFileThatLoadsNothing() {
        String page = DiffReport.html(Fixtures.quote(), CONTEXT);

        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .doesNotContain("<link", "@import", "url(", "<img", "<iframe", "<object", "<embed", "@font-face",
                        "http://", "https://")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-");
        assertThat(EXTERNAL_REFERENCE.matcher(page).find()).isFalse();
        assertThat(count(page, "<style>")).isEqualTo(1);
        assertThat(count(page, "<script")).isEqualTo(1);
        assertThat(count(page, "</script>")).isEqualTo(1);
    }

    @Test
    void escapesEverythingThatCameFromTheCapturesOrTheCaller() {
        String link = "<a href=\"https://evil.example/x\">click</a>";
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        headers.put("X-Note", List.of(HOSTILE));
        String body = "{\"" + HOSTILE + "\": \"" + HOSTILE.replace("\"", "\\\"") + "\", \"link\": \""
                + link.replace("\"", "\\\"") + "\"}";
        BehaviorDiff diff = Fixtures.diff(Capture.json(200, "{}"), Capture.of(200, headers, body.getBytes()));
        ReportContext context = ReportContext.builder().testName(HOSTILE).service("'\"><svg onload=alert(3)>")
                .attribute(HOSTILE, HOSTILE).build();

        String page = DiffReport.html(diff, context);

        assertThat(page).doesNotContain(HOSTILE, "<svg", "<a href=\"https", "<img")
                .contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
                .contains("&#39;&quot;&gt;&lt;svg onload=alert(3)&gt;");
        assertThat(count(page, "<script")).isEqualTo(1);
        assertThat(EXTERNAL_REFERENCE.matcher(page).find()).isFalse();
    }

    @Test
    void marksTheLinesOfEachDifferenceInItsRelevanceColour() {
        String page = DiffReport.html(Fixtures.quote());

        String baselineTotal = lineWith(page, 'b', "\"total\": 3000");
        String forkTotal = lineWith(page, 'f', "\"total\": 2700");
        assertThat(line(page, baselineTotal)[0]).isEqualTo("medium");
        assertThat(line(page, forkTotal)[0]).isEqualTo("medium");
        assertThat(line(page, lineWith(page, 'f', "\"grandTotal\": 2700"))[0]).isEqualTo("high");
        assertThat(line(page, lineWith(page, 'b', "\"sale\""))[0]).isEqualTo("high");
        assertThat(line(page, lineWith(page, 'b', "\"unit\": 1000"))[0]).isEmpty();
        // The colour is not the only sign: each difference's first line says its number, relevance and reason.
        assertThat(lineWithReason(page, forkTotal).get(2)).matches("#[0-9]+ MEDIUM: .+");
        assertThat(lineWithReason(page, baselineTotal).get(2)).isEqualTo(lineWithReason(page, forkTotal).get(2));
        assertThat(lineWithReason(page, lineWith(page, 'b', "\"unit\": 1000")).get(2)).isEmpty();
        assertThat(page).contains("<a href=\"#" + forkTotal + "\" data-b=\"" + baselineTotal + "\" data-f=\"" + forkTotal
                + "\"><code>/price/total</code></a>");
    }

    @Test
    void anAddedValueIsMarkedOnlyInTheForkAndARemovedOneOnlyInTheBaseline() {
        String page = DiffReport.html(Fixtures.json("[1, 2, 3]", "[1, 3]"));

        // Element 1 was removed; the fork's element 1 (the 3) is an unrelated value and stays unmarked.
        assertThat(line(page, "bL3")).containsExactly("high", "  2,");
        assertThat(line(page, "fL3")).containsExactly("", "  3");
        assertThat(page).contains("<a href=\"#bL3\" data-b=\"bL3\"><code>/1</code></a>");
    }

    @Test
    void statusAndHeaderDifferencesAreMarkedInTheHeaderLines() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        headers.put("X-Version", List.of("2"));
        BehaviorDiff diff = Fixtures.diff(Capture.json(200, "{}"), Capture.of(500, headers, "{}".getBytes()));

        String page = DiffReport.html(diff);

        assertThat(line(page, "bS")).containsExactly("high", "status 200");
        assertThat(line(page, "fS")).containsExactly("high", "status 500");
        assertThat(line(page, "fH2")).containsExactly("medium", "x-version: 2");
        assertThat(lineWithReason(page, "fS").get(2)).isEqualTo("#1 HIGH: " + diff.differences().get(0).reason());
        assertThat(lineWithReason(page, "fH2").get(2)).startsWith("#2 MEDIUM: ");
        assertThat(line(page, "bH1")).containsExactly("", "content-type: application/json");
        assertThat(page).contains("<a href=\"#fS\" data-b=\"bS\" data-f=\"fS\"><code>status</code></a>",
                "<a href=\"#fH2\" data-f=\"fH2\"><code>header:x-version</code></a>");
    }

    @Test
    void aBodyNestedOneHundredThousandLevelsIsShownAroundItsDifference() {
        int depth = 100_000;
        BehaviorDiff objects = Fixtures.json(Fixtures.nestedObjects(depth, "1"), Fixtures.nestedObjects(depth, "2"));
        BehaviorDiff arrays = Fixtures.json(Fixtures.nestedArrays(depth, "1"), Fixtures.nestedArrays(depth, "{}"));

        String objectsPage = DiffReport.html(objects);
        String arraysPage = DiffReport.html(arrays);

        String leaf = "bL" + (depth + 1);
        assertThat(line(objectsPage, leaf)).containsExactly("medium", " ".repeat(2 * PrettyJson.MAX_INDENT_LEVELS) + "\"a\": 1");
        assertThat(line(objectsPage, "fL" + (depth + 1))[0]).isEqualTo("medium");
        assertThat(objectsPage).contains("data-b=\"" + leaf + "\"", "⋯ lines 101–99,997 not shown")
                .hasSizeLessThan(200_000);
        assertThat(line(arraysPage, "fL" + (depth + 1))).containsExactly("high", " ".repeat(48) + "{}");
        assertThat(arraysPage).hasSizeLessThan(200_000);
    }

    @Test
    void aFiveMegabyteBodyIsShownInPartWithEveryDifferenceReachable() {
        String baseline = Fixtures.items(55_000, false, 1_000);
        String fork = Fixtures.items(55_000, true, 1_000);
        assertThat(baseline.length()).isGreaterThan(5_000_000);
        BehaviorDiff diff = Fixtures.json(baseline, fork);

        String page = DiffReport.html(diff);

        assertThat(diff.differences()).hasSize(55);
        assertThat(page).hasSizeLessThan(1_000_000).contains("⋯ lines 101–", " not shown");
        Matcher linkedRows = Pattern.compile("<tr class=\"medium\" id=\"d[0-9]+\">[^\n]*?<a href=\"#fL[0-9]+\" data-b=\"bL")
                .matcher(page);
        assertThat(linkedRows.results().count()).as("rows linked to lines on both sides").isEqualTo(55);
        assertThat(line(page, lineWith(page, 'f', "\"price\": 55000"))[0]).isEqualTo("medium");
    }

    @Test
    void aLongTableListsTheFirstFiveHundredDifferencesAndSaysSo() {
        String page = DiffReport.html(Fixtures.json(Fixtures.items(1_000, false, 1), Fixtures.items(1_000, true, 1)));

        assertThat(count(page, "<tr class=\"medium\"")).isEqualTo(HtmlDiffPage.TABLE_ROWS);
        assertThat(page).contains("The first 500 of 1,000 differences are listed; the JSON report has all of them.");
    }

    @Test
    void textAndBinaryBodiesAreShownAsLinesAndHex() {
        BehaviorDiff diff = Fixtures.diff(Fixtures.capture(200, "text/plain", "first\r\nsecond \u202e\n"),
                Fixtures.capture(200, "application/octet-stream", new byte[] {0x00, 0x7f, (byte) 0xff}));

        String page = DiffReport.html(diff);

        String relevance = SidePane.cssClass(diff.at("(body)").orElseThrow().relevance());
        assertThat(line(page, "bL1")).containsExactly(relevance, "first");
        assertThat(line(page, "bL2")).containsExactly(relevance, "second \\u202e");
        assertThat(page).doesNotContain("id=\"bL3\"");
        assertThat(line(page, "fL1")[1]).startsWith("(binary body: 3 bytes, sha-256 ");
        assertThat(line(page, "fL2")[1]).isEqualTo("00000000  00 7f ff");
    }

    @Test
    void theLinesOfATextDifferenceAreMarkedOnBothSidesWhereverTheForkMovedThem() {
        BehaviorDiff diff = Fixtures.diff(Fixtures.capture(200, "text/plain", "title\nprice 100\nfooter"),
                Fixtures.capture(200, "text/plain", "banner\ntitle\nprice 90\nfooter"));

        String page = DiffReport.html(diff);

        assertThat(line(page, "bL1")).containsExactly("", "title");
        assertThat(line(page, "bL2")).containsExactly("medium", "price 100");
        assertThat(line(page, "fL1")).containsExactly("medium", "banner");
        assertThat(line(page, "fL2")).containsExactly("", "title");
        assertThat(line(page, "fL3")).containsExactly("medium", "price 90");
        assertThat(page).contains("<a href=\"#fL1\" data-f=\"fL1\"><code>(body)#L1</code></a>",
                "<a href=\"#fL3\" data-b=\"bL2\" data-f=\"fL3\"><code>(body)#L2</code></a>");
    }

    @Test
    void whenARuleDroppedTextDifferencesTheForkLinesAreLeftUnmarkedRatherThanGuessed() {
        BehaviorDiff diff = SmartDiff.builder().rules(DiffRules.builder().ignore("(body)#L1").build()).build()
                .compare(Fixtures.capture(200, "text/plain", "title\nprice 100\nfooter"),
                        Fixtures.capture(200, "text/plain", "banner\ntitle\nprice 90\nfooter"));

        String page = DiffReport.html(diff);

        assertThat(line(page, "bL2")).containsExactly("medium", "price 100");
        assertThat(line(page, "fL3")).containsExactly("", "price 90");
        assertThat(page).contains("<a href=\"#bL2\" data-b=\"bL2\"><code>(body)#L2</code></a>");
    }

    @Test
    void saysSoWhenThereAreNoDifferences() {
        String page = DiffReport.html(Fixtures.json("{\"a\":1}", "{\"a\":1}"));

        assertThat(page).contains("<span class=\"verdict ok\">No relevant changes</span>",
                "None: baseline and fork behaved the same.");
    }

    @Test
    void listsTheExpectedChangesThatDidNotHappen() {
        BehaviorDiff diff = SmartDiff.builder()
                .rules(DiffRules.builder().expect("/shipping", (b, f) -> true, "shipping <b>free</b>").build())
                .build()
                .compare(Capture.json(200, "{}"), Capture.json(200, "{}"));

        String page = DiffReport.html(diff);

        if (!diff.unmetExpectations().isEmpty()) {
            assertThat(page).contains("Expected changes that did not happen",
                    "<li><code>/shipping</code>: shipping &lt;b&gt;free&lt;/b&gt;</li>");
        }
    }

    @Test
    void showsTheContextInTheTitleAndHeader() {
        String page = DiffReport.html(Fixtures.quote(), CONTEXT);

        assertThat(page).contains("<title>Behavioral diff: VolumeDiscountTest.quotes</title>",
                "<dt>Service</dt><dd>orders</dd>", "<dt>Request</dt><dd>GET /orders/quote?sku=A1&amp;qty=3</dd>",
                "<dt>commit</dt><dd>3f2a9c1</dd>");
    }

    @Test
    void isDeterministic() {
        assertThat(DiffReport.html(Fixtures.quote(), CONTEXT)).isEqualTo(DiffReport.html(Fixtures.quote(), CONTEXT));
    }
}
