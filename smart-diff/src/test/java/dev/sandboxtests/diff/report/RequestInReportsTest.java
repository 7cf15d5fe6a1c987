package dev.sandboxtests.diff.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.diff.BehaviorDiff;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report says what was asked and of whom: the request (an HTTP method and path with its query, or
 * a gRPC method, rendered as the context gives them) and the service.
 */
class RequestInReportsTest {

    private static final BehaviorDiff DIFF = Fixtures.json("{\"available\":20}", "{\"available\":18}");
    private static final ReportContext HTTP = ReportContext.builder().testName("QuoteTest.quotes").service("orders")
            .request("GET", "/orders/quote?sku=A1&qty=3").build();
    private static final ReportContext GRPC = ReportContext.builder().testName("SafetyStockTest.keepsUnitsBack")
            .service("inventory").request("CheckStock", "inventory.Inventory/CheckStock").build();

    @Test
    void theTextReportNamesTheRequestAndTheServiceInItsTitle() {
        assertThat(DiffReport.text(DIFF, HTTP)).startsWith(
                "Behavioral diff: QuoteTest.quotes (service orders, GET /orders/quote?sku=A1&qty=3)\n");
        assertThat(DiffReport.text(DIFF, GRPC)).startsWith("Behavioral diff: SafetyStockTest.keepsUnitsBack"
                + " (service inventory, CheckStock inventory.Inventory/CheckStock)\n");
    }

    @Test
    void theHtmlReportShowsTheRequestFirstAndThenTheService() {
        String http = DiffReport.html(DIFF, HTTP);
        String grpc = DiffReport.html(DIFF, GRPC);

        assertThat(http).contains("<dl class=\"meta\">\n<div><dt>Request</dt><dd>GET /orders/quote?sku=A1&amp;qty=3</dd></div>\n"
                + "<div><dt>Service</dt><dd>orders</dd></div>\n");
        assertThat(grpc).contains("<div><dt>Request</dt><dd>CheckStock inventory.Inventory/CheckStock</dd></div>\n"
                + "<div><dt>Service</dt><dd>inventory</dd></div>\n");
    }

    @Test
    void theJsonReportGivesMethodAndUriAsTheyWereGiven() throws Exception {
        JsonNode grpc = new ObjectMapper().readTree(DiffReport.json(DIFF, GRPC)).get("context");
        JsonNode uriOnly = new ObjectMapper().readTree(DiffReport.json(DIFF,
                ReportContext.builder().request(null, "/orders/currencies").build())).get("context");

        assertThat(grpc.get("service").asText()).isEqualTo("inventory");
        assertThat(grpc.at("/request/method").asText()).isEqualTo("CheckStock");
        assertThat(grpc.at("/request/uri").asText()).isEqualTo("inventory.Inventory/CheckStock");
        assertThat(uriOnly.at("/request/method").isNull()).isTrue();
        assertThat(uriOnly.at("/request/uri").asText()).isEqualTo("/orders/currencies");
    }

    @Test
    void theSuiteIndexListsTheRequestAndTheServiceOfEachDiffAlsoWhenReadBackFromJson(@TempDir Path directory) {
        ReportFiles http = DiffReport.write(DIFF, HTTP, directory, "0001-quotes");
        ReportFiles grpc = DiffReport.write(DIFF, GRPC, directory, "0002-stock");

        String page = SuiteReport.of(List.of(SuiteReport.Entry.fromJsonReport(http.json(), http.html()),
                SuiteReport.Entry.fromJsonReport(grpc.json(), grpc.html()))).html(directory.resolve("index.html"));

        assertThat(page).contains("<th>Service</th><th>Sandbox</th><th>Request</th>",
                "<td>orders</td><td><span class=\"none\">–</span></td><td>GET /orders/quote?sku=A1&amp;qty=3</td>",
                "<td>inventory</td><td><span class=\"none\">–</span></td><td>CheckStock inventory.Inventory/CheckStock</td>");
    }
}
