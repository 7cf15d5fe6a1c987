package dev.sandboxtests.diff.report.browser;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.SmartDiff;
import dev.sandboxtests.diff.report.DiffReport;
import dev.sandboxtests.diff.report.ReportContext;
import dev.sandboxtests.diff.report.ReportFiles;
import dev.sandboxtests.diff.report.SuiteReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reports of a small run, written as a run writes them (a diff page per SmartTest, then the
 * index), through the public report API: seven diffs of four services, in an order that is not the
 * order of relevance, one of them with a 5 MB body.
 */
final class ReportRun {

    /** A test of the run: its name, service, diff, HTML report, and how long writing its reports took. */
    record Test(String name, String service, BehaviorDiff diff, Path html, long writeMillis) {
    }

    /** The 5 MB body's items: item {@code n}'s price and SKU are what the fork changes. */
    static final int FIRST_PRICE_CHANGE = 1_000;
    static final int RENAMED_SKU = 20_000;
    static final int SECOND_PRICE_CHANGE = 30_000;

    final Path directory;
    final Path index;
    final List<Test> tests = new ArrayList<>();

    private ReportRun(Path directory) {
        this.directory = directory;
        this.index = directory.resolve("index.html");
    }

    /** Writes the run's reports into {@code directory}, emptied first. */
    static ReportRun write(Path directory) {
        ReportRun run = new ReportRun(directory);
        deleteTree(directory);
        SmartDiff smart = SmartDiff.defaults();
        run.add("OrdersTest.unchanged", "orders", smart.compare(order(3000, "EUR"), order(3000, "EUR")));
        run.add("QuotesTest.total", "pricing", smart.compare(order(3000, "EUR"), order(2700, "EUR")));
        run.add("QuotesTest.volumeDiscount", "pricing", smart.compare(
                quote("5b0c8d4e-3f7a-4c2e-9b1d-2a6f0e8c7d31", "2026-12-06T06:00:00Z", 3000, ""),
                quote("9e41a7c2-6d3b-4f08-8a5e-c17b2d940f66", "2026-12-06T06:00:02Z", 2700,
                        ", \"discount\": {\"percent\": 10, \"rule\": \"volume\"}")));
        run.add("CatalogTest.fiveMegabytes", "catalog", smart.compare(catalog(false), catalog(true)));
        run.add("OrdersTest.newId", "orders", smart.compare(
                Capture.json(200, "{\"id\":\"5b0c8d4e-3f7a-4c2e-9b1d-2a6f0e8c7d31\",\"state\":\"NEW\"}"),
                Capture.json(200, "{\"id\":\"9e41a7c2-6d3b-4f08-8a5e-c17b2d940f66\",\"state\":\"NEW\"}")));
        run.add("ReviewsTest.unreached", "reviews", smart.compare(Capture.json(200, "{\"stars\":4}"),
                Capture.json(200, "{\"stars\":4}")).withCaveat("the fork of 'reviews' received none of this"
                + " SmartTest's requests: does 'catalog' pass the routing key on?"));
        run.add("OrdersTest.failure", "orders", smart.compare(order(3000, "EUR"), Capture.json(500, "{\"error\":\"boom\"}")));
        SuiteReport.of(run.tests.stream().map(test -> SuiteReport.Entry.of(test.diff(), context(test), test.html()))
                .toList()).write(run.index);
        return run;
    }

    private void add(String name, String service, BehaviorDiff diff) {
        Test unwritten = new Test(name, service, diff, null, 0);
        long start = System.nanoTime();
        ReportFiles files = DiffReport.write(diff, context(unwritten), directory,
                String.format("%04d-%s", tests.size() + 1, name));
        tests.add(new Test(name, service, diff, files.html(), (System.nanoTime() - start) / 1_000_000));
    }

    Test test(String name) {
        return tests.stream().filter(test -> test.name().equals(name)).findFirst().orElseThrow();
    }

    private static ReportContext context(Test test) {
        return ReportContext.builder().testName(test.name()).service(test.service()).sandbox("pr-42")
                .routingKey("k7x2p9").request("GET", "/" + test.service()).build();
    }

    private static Capture order(long total, String currency) {
        return Capture.json(200, """
                {"orderId": 42, "currency": "%s", "total": %d,
                 "items": [{"sku": "A1", "qty": 3, "unit": 1000}], "customer": {"tier": "gold"}}"""
                .formatted(currency, total));
    }

    /** A price quote with its own id and time, which differ in every answer. */
    private static Capture quote(String id, String time, long total, String more) {
        return Capture.json(200, """
                {"quoteId": "%s", "generatedAt": "%s", "sku": "A1", "qty": 3, "unit": 1000,
                 "total": %d, "currency": "EUR"%s}""".formatted(id, time, total, more));
    }

    /** About 5 MB of items; the fork changes two prices and renames one item's SKU field. */
    static Capture catalog(boolean fork) {
        StringBuilder body = new StringBuilder(5_100_000).append("{\"items\":[");
        for (int n = 0; body.length() < 5_000_000; n++) {
            if (n > 0) {
                body.append(',');
            }
            String skuField = fork && n == RENAMED_SKU ? "skuCode" : "sku";
            long price = fork && (n == FIRST_PRICE_CHANGE || n == SECOND_PRICE_CHANGE) ? 1 + n % 997 : n % 997;
            body.append("{\"id\":").append(n).append(",\"").append(skuField).append("\":\"SKU-").append(n)
                    .append("\",\"name\":\"Item number ").append(n).append(" of the catalog\",\"price\":")
                    .append(price).append(",\"tags\":[\"new\",\"sale\"]}");
        }
        return Capture.json(200, body.append("]}").toString());
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not empty " + directory, e);
        }
    }
}
