package dev.sandboxtests.diff.summary;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sandboxtests.diff.Relevance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Makes a SmartTest's summary entry from its JSON diff report ({@code DiffReport.writeJson}, schema
 * version 1 or 2): the report is the one source of the service, request, sandbox, routing key, counts,
 * caveats and differences; the runner adds only what it alone knows ({@link TestOutcome}).
 *
 * <pre>{@code
 * SmartTestSummary entry = DiffReportReader.read(Path.of("diffs/VolumeDiscountTest.quotes-1.json"),
 *         Path.of("diffs"), new TestOutcome("[engine:junit-jupiter]/…", false));
 * }</pre>
 */
public final class DiffReportReader {

    private static final int OLDEST_VERSION = 1;
    private static final int NEWEST_VERSION = 2;

    private DiffReportReader() {
    }

    /**
     * @param jsonReport       the JSON diff report; its {@code .html} and {@code .txt} siblings are linked when present
     * @param summaryDirectory the directory of {@code summary.json}, which the report paths are relative to
     * @param outcome          what the runner knows of the test
     * @return the entry
     * @throws IllegalArgumentException when the file is not a behavioral diff report of a version this library reads
     * @throws java.io.UncheckedIOException when it cannot be read
     */
    public static SmartTestSummary read(Path jsonReport, Path summaryDirectory, TestOutcome outcome) {
        JsonNode report = SummaryJson.readDiffReport(jsonReport);
        int version = report.path("schemaVersion").asInt();
        if (!report.isObject() || version < OLDEST_VERSION || version > NEWEST_VERSION) {
            throw new IllegalArgumentException(jsonReport.toAbsolutePath() + " is not a behavioral diff report of"
                    + " schema version " + OLDEST_VERSION + " to " + NEWEST_VERSION + " (its schemaVersion is "
                    + report.path("schemaVersion") + "); write it with DiffReport.");
        }
        JsonNode context = report.path("context");
        JsonNode summary = report.path("summary");
        Counts counts = new Counts(summary.path("high").asInt(), summary.path("medium").asInt(),
                summary.path("low").asInt());
        List<String> caveats = new ArrayList<>();
        report.path("caveats").forEach(caveat -> caveats.add(caveat.asText()));
        return new SmartTestSummary(outcome.testId(), text(context, "testName"), text(context, "service"),
                text(context.path("request"), "method"), text(context.path("request"), "uri"),
                text(context, "sandbox"), text(context, "routingKey"), counts, summary.path("relevant").asBoolean(),
                outcome.failed(), caveats, notable(report.path("differences")),
                links(jsonReport, summaryDirectory));
    }

    /** The HIGH and MEDIUM differences, HIGH first, each group in document order. */
    private static List<NotableDifference> notable(JsonNode differences) {
        List<NotableDifference> notable = new ArrayList<>();
        for (JsonNode difference : differences) {
            String relevance = difference.path("relevance").asText();
            if (relevance.equals(Relevance.HIGH.name()) || relevance.equals(Relevance.MEDIUM.name())) {
                notable.add(new NotableDifference(Relevance.valueOf(relevance), difference.path("location").asText(),
                        difference.path("reason").asText()));
            }
        }
        notable.sort(Comparator.comparing(NotableDifference::relevance)); // stable: document order within each
        return notable;
    }

    private static ReportLinks links(Path jsonReport, Path summaryDirectory) {
        String name = jsonReport.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        Path html = jsonReport.resolveSibling(base + ".html");
        Path text = jsonReport.resolveSibling(base + ".txt");
        return new ReportLinks(relative(summaryDirectory, jsonReport),
                Files.exists(html) ? relative(summaryDirectory, html) : null,
                Files.exists(text) ? relative(summaryDirectory, text) : null);
    }

    private static String relative(Path directory, Path file) {
        return directory.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
