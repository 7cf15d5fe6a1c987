package dev.sandboxtests.diff.report;

import static dev.sandboxtests.diff.report.Fixtures.CONTEXT;
import static dev.sandboxtests.diff.report.Fixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.diff.BehaviorDiff;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report shows a diff's caveats first: with one, nothing else in it can be taken at face value. */
class CaveatsInReportsTest {

    private static final String NOT_REACHED = "the fork of 'reviews' received none of this SmartTest's requests:"
            + " does 'catalog' pass the routing key on? (see README: passing the key on)";
    private static final BehaviorDiff SAME = Fixtures.json("{\"a\":1}", "{\"a\":1}");
    private static final BehaviorDiff CAVEATED = SAME.withCaveat(NOT_REACHED);

    @Test
    void theTextReportListsTheCaveatsRightAfterItsTitle() {
        assertThat(DiffReport.text(CAVEATED)).isEqualTo("""
                Behavioral diff
                Caveat: the fork of 'reviews' received none of this SmartTest's requests: does 'catalog' pass \
                the routing key on? (see README: passing the key on)
                status: 200
                HIGH 0, MEDIUM 0, LOW 0; relevant changes: no; baseline samples: 1
                no differences
                """);
    }

    @Test
    void theHtmlReportShowsTheCaveatsAsABannerAboveTheVerdict() {
        String page = DiffReport.html(CAVEATED.withCaveat(HOSTILE), CONTEXT);

        assertThat(page).contains("<main>\n<section class=\"caveats\" role=\"alert\">\n"
                        + "<h2>Caveats: this diff may not show the fork's behaviour</h2>\n<ul>\n"
                        + "<li>the fork of &#39;reviews&#39; received none of this SmartTest&#39;s requests: does"
                        + " &#39;catalog&#39; pass the routing key on? (see README: passing the key on)</li>\n",
                "<span class=\"verdict bad\">Not conclusive: see the caveats</span>")
                .doesNotContain(HOSTILE, "verdict ok");
        assertThat(page.indexOf("class=\"caveats\"")).isLessThan(page.indexOf("class=\"summary\""));
        assertThat(DiffReport.html(SAME)).doesNotContain("class=\"caveats\"").contains("verdict ok");
    }

    @Test
    void theJsonReportCarriesTheCaveats() throws Exception {
        JsonNode report = new ObjectMapper().readTree(DiffReport.json(CAVEATED, CONTEXT));
        JsonNode none = new ObjectMapper().readTree(DiffReport.json(SAME));

        assertThat(report.get("caveats")).hasSize(1);
        assertThat(report.at("/caveats/0").asText()).isEqualTo(NOT_REACHED);
        assertThat(none.get("caveats").isArray()).isTrue();
        assertThat(none.get("caveats")).isEmpty();
        assertThat(SchemaCheck.load().problems(report)).isEmpty();
    }

    @Test
    void theSuiteIndexMarksADiffWithCaveatsAlsoWhenReadBackFromItsJsonReport(@TempDir Path directory) {
        ReportFiles files = DiffReport.write(CAVEATED.withCaveat(HOSTILE), CONTEXT, directory, "0001-reviews");

        SuiteReport.Entry entry = SuiteReport.Entry.fromJsonReport(files.json(), files.html());
        String page = SuiteReport.of(List.of(entry, SuiteReport.Entry.of(SAME, ReportContext.empty(), null)))
                .html(directory.resolve("index.html"));

        assertThat(entry.caveats()).containsExactly(NOT_REACHED, HOSTILE);
        assertThat(page).contains("<span class=\"verdict bad\">1 not conclusive: it has a caveat</span>",
                        "<tr class=\"high\" data-service=\"orders\"><td class=\"n\">1</td><td><span class=\"pill high\">CAVEAT</span>",
                        "<span class=\"caveat\">Caveat: the fork of &#39;reviews&#39; received none")
                .doesNotContain(HOSTILE);
    }
}
