package dev.sandboxtests.diff.summary;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.SmartDiff;
import dev.sandboxtests.diff.report.DiffReport;
import dev.sandboxtests.diff.report.ReportContext;
import java.nio.file.Path;
import java.util.List;

/** Real diff reports on disk, and the summary a run would make of them. */
public final class SummaryFixtures {

    /** A field added: one HIGH difference at /quote/discount. */
    public static final BehaviorDiff HIGH = SmartDiff.defaults().compare(
            Capture.json(200, "{\"quote\": {\"total\": 100}}"),
            Capture.json(200, "{\"quote\": {\"total\": 100, \"discount\": 10}}"));
    /** A stable value changed: one MEDIUM difference at /total. */
    public static final BehaviorDiff MEDIUM = SmartDiff.defaults().compare(
            Capture.json(200, "{\"total\": 100}"), Capture.json(200, "{\"total\": 90}"));
    /** No difference, but the fork was never reached. */
    public static final BehaviorDiff CAVEAT = SmartDiff.defaults()
            .compare(Capture.json(200, "{\"total\": 100}"), Capture.json(200, "{\"total\": 100}"))
            .withCaveat("the fork of 'pricing' received none of this SmartTest's requests");

    private SummaryFixtures() {
    }

    /** Writes the three diffs' reports into {@code directory} and summarises them as a run would. */
    public static RunSummary run(Path directory) {
        write(directory, "a-volume", HIGH, "VolumeDiscountTest.quotes", "orders", "/orders/quote");
        write(directory, "b-total", MEDIUM, "TotalTest.total", "orders", "/orders/total");
        write(directory, "c-unreached", CAVEAT, "PricingTest.prices", "pricing", "/prices");
        return RunSummary.of(List.of(
                DiffReportReader.read(directory.resolve("a-volume.json"), directory,
                        new TestOutcome("[engine:junit-jupiter]/[class:VolumeDiscountTest]/[method:quotes()]", false)),
                DiffReportReader.read(directory.resolve("b-total.json"), directory,
                        new TestOutcome("[engine:junit-jupiter]/[class:TotalTest]/[method:total()]", true)),
                DiffReportReader.read(directory.resolve("c-unreached.json"), directory, TestOutcome.UNKNOWN)));
    }

    private static void write(Path directory, String baseName, BehaviorDiff diff, String test, String service,
            String uri) {
        DiffReport.write(diff, ReportContext.builder().testName(test).service(service).sandbox("sbx-1")
                .routingKey("rk-1").request("GET", uri).build(), directory, baseName);
    }
}
