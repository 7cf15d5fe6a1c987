package dev.sandboxtests.diff.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A status with a name (a gRPC outcome's NOT_FOUND for 5) is shown as NOT_FOUND (5) by every report. */
class StatusNamesInReportsTest {

    private static final BehaviorDiff NOT_FOUND = Fixtures.diff(Capture.json(0, "{\"sku\":\"A1\"}").withStatusName("OK"),
            Capture.json(5, "{}").withStatusName("NOT_FOUND"));
    private static final BehaviorDiff STILL_OK = Fixtures.diff(Capture.json(0, "{}").withStatusName("OK"),
            Capture.json(0, "{}").withStatusName("OK"));

    @Test
    void theTextReportSaysTheStatusByName() {
        assertThat(DiffReport.text(NOT_FOUND).lines()).contains("status: OK (0) → NOT_FOUND (5)")
                .anyMatch(line -> line.matches(" +HIGH +CHANGED +status +OK \\(0\\) → NOT_FOUND \\(5\\) +status code changed"));
        assertThat(DiffReport.text(STILL_OK).lines()).contains("status: OK (0)");
    }

    @Test
    void theHtmlReportShowsTheStatusByNameOnBothSidesAndInTheTable() {
        String page = DiffReport.html(NOT_FOUND);

        String why = " data-why=\"#1 HIGH: " + NOT_FOUND.differences().get(0).reason() + "\"";
        assertThat(page).contains("<div class=\"ln high\" id=\"bS\" data-n=\"\"" + why + ">status OK (0)</div>",
                "<div class=\"ln high\" id=\"fS\" data-n=\"\"" + why + ">status NOT_FOUND (5)</div>",
                "<code class=\"v\">OK (0)</code><span class=\"arrow\">→</span><code class=\"v\">NOT_FOUND (5)</code>",
                "<small>status NOT_FOUND (5) · application/json");
    }

    @Test
    void theJsonReportGivesTheNameBesideTheNumber() throws Exception {
        JsonNode report = new ObjectMapper().readTree(DiffReport.json(NOT_FOUND));
        JsonNode http = new ObjectMapper().readTree(DiffReport.json(Fixtures.quote()));

        assertThat(report.at("/baseline/status").asInt()).isZero();
        assertThat(report.at("/baseline/statusName").asText()).isEqualTo("OK");
        assertThat(report.at("/fork/statusName").asText()).isEqualTo("NOT_FOUND");
        assertThat(report.at("/differences/0/fork/value").asInt()).isEqualTo(5);
        assertThat(http.at("/fork/statusName").isNull()).isTrue();
        assertThat(SchemaCheck.load().problems(report)).isEmpty();
    }

    @Test
    void theSuiteIndexShowsTheStatusByNameAlsoWhenReadBackFromTheJsonReport(@TempDir Path directory) {
        ReportFiles files = DiffReport.write(NOT_FOUND, ReportContext.empty(), directory, "0001-stock");

        SuiteReport.Entry entry = SuiteReport.Entry.fromJsonReport(files.json(), files.html());
        String page = SuiteReport.of(List.of(entry, SuiteReport.Entry.of(STILL_OK, ReportContext.empty(), null)))
                .html(directory.resolve("index.html"));

        assertThat(entry).isEqualTo(SuiteReport.Entry.of(NOT_FOUND, ReportContext.empty(), files.html()));
        assertThat(page).contains("<span class=\"changed\">OK (0) → NOT_FOUND (5)</span>", "<td>OK (0)</td>");
    }
}
