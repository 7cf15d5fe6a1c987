package dev.sandboxtests.diff.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.rendering.ValueTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The summary of a whole run: one {@code index.html} listing every diff — test, service, sandbox,
 * request, status (by name too when the captures name it, {@code NOT_FOUND (5)}), counts per
 * relevance, and its caveats — with a link to each diff's own HTML report. Immutable.
 *
 * <pre>{@code
 * List<SuiteReport.Entry> entries = new CopyOnWriteArrayList<>();
 * // for each diff, as tests finish:
 * ReportFiles files = DiffReport.write(diff, context, directory, "0001-quotes");
 * entries.add(SuiteReport.Entry.of(diff, context, files.html()));
 * // at the end of the run:
 * SuiteReport.of(entries).write(directory.resolve("index.html"));
 * }</pre>
 *
 * <p>A process that only has the report files (a JUnit listener, a CI step) builds its entries
 * with {@link Entry#fromJsonReport(Path, Path)}.
 */
public final class SuiteReport {

    private static final ObjectMapper READER = new ObjectMapper();

    /**
     * One diff in the suite.
     *
     * @param context            where the diff came from
     * @param summary            its counts
     * @param baselineStatus     the baseline's status code
     * @param forkStatus         the fork's status code
     * @param html               its HTML report, linked from the index; {@code null} for no link
     * @param baselineStatusName the name of the baseline's status code ({@code NOT_FOUND}), or {@code null}
     * @param forkStatusName     the name of the fork's status code, or {@code null}
     * @param caveats            why the diff may not show the fork's behaviour ({@link BehaviorDiff#caveats()})
     */
    public record Entry(ReportContext context, DiffSummary summary, int baselineStatus, int forkStatus, Path html,
                        String baselineStatusName, String forkStatusName, List<String> caveats) {

        // A null list of caveats is taken as none, and the list is copied, so an entry stays as made.
        public Entry {
            Objects.requireNonNull(context, "context");
            Objects.requireNonNull(summary, "summary");
            caveats = caveats == null ? List.of() : List.copyOf(caveats);
        }

        /**
         * An entry whose statuses have no names and whose diff has no caveats.
         *
         * @param context        where the diff came from
         * @param summary        its counts
         * @param baselineStatus the baseline's status code
         * @param forkStatus     the fork's status code
         * @param html           its HTML report, or {@code null}
         */
        public Entry(ReportContext context, DiffSummary summary, int baselineStatus, int forkStatus, Path html) {
            this(context, summary, baselineStatus, forkStatus, html, null, null, List.of());
        }

        /**
         * @param diff    the diff
         * @param context where it came from
         * @param html    its HTML report, or {@code null}
         * @return the entry
         */
        public static Entry of(BehaviorDiff diff, ReportContext context, Path html) {
            Objects.requireNonNull(diff, "diff");
            return new Entry(context, DiffSummary.of(diff), diff.baseline().status(), diff.fork().status(), html,
                    diff.baseline().statusName().orElse(null), diff.fork().statusName().orElse(null), diff.caveats());
        }

        /**
         * Reads an entry back from a JSON report of schema version 2, or of version 1 as earlier
         * versions of this library wrote it.
         *
         * @param jsonReport a file written by {@link DiffReport#writeJson}
         * @param html       its HTML report, or {@code null}
         * @return the entry
         * @throws IllegalArgumentException when the file is not a behavioral diff report of a version this
         *                                  library reads
         * @throws UncheckedIOException     when it cannot be read
         */
        public static Entry fromJsonReport(Path jsonReport, Path html) {
            JsonNode report;
            try {
                report = READER.readTree(Files.readString(jsonReport, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the JSON report " + jsonReport.toAbsolutePath()
                        + ": " + e.getMessage(), e);
            }
            int version = report == null ? 0 : report.path("schemaVersion").asInt();
            if (version < 1 || version > JsonDiffReport.SCHEMA_VERSION) {
                throw new IllegalArgumentException(jsonReport.toAbsolutePath() + " is not a behavioral diff report"
                        + " of schema version 1 to " + JsonDiffReport.SCHEMA_VERSION + " (its schemaVersion is "
                        + (report == null ? "missing" : report.path("schemaVersion")) + "); write it with DiffReport.");
            }
            JsonNode context = report.path("context");
            JsonNode request = context.path("request");
            JsonNode summary = report.path("summary");
            ReportContext.Builder builder = ReportContext.builder()
                    .testName(text(context, "testName")).service(text(context, "service"))
                    .sandbox(text(context, "sandbox")).routingKey(text(context, "routingKey"))
                    .request(text(request, "method"), text(request, "uri"));
            context.path("attributes").properties().forEach(a -> builder.attribute(a.getKey(), a.getValue().asText()));
            DiffSummary counts = new DiffSummary(summary.path("differences").asInt(), summary.path("high").asInt(),
                    summary.path("medium").asInt(), summary.path("low").asInt(), summary.path("relevant").asBoolean(),
                    summary.path("unmetExpectations").asInt(), summary.path("baselineSamples").asInt(1),
                    summary.path("ignored").asInt());
            JsonNode baseline = report.path("baseline");
            JsonNode fork = report.path("fork");
            List<String> caveats = new ArrayList<>();
            report.path("caveats").forEach(caveat -> caveats.add(caveat.asText()));
            return new Entry(builder.build(), counts, baseline.path("status").asInt(), fork.path("status").asInt(),
                    html, text(baseline, "statusName"), text(fork, "statusName"), caveats);
        }

        private static String text(JsonNode object, String field) {
            JsonNode value = object.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        /** @return the baseline's status, {@code NOT_FOUND (5)} when it has a name */
        String baselineStatusText() {
            return ValueTexts.status(baselineStatus, baselineStatusName);
        }

        /** @return the fork's status, {@code NOT_FOUND (5)} when it has a name */
        String forkStatusText() {
            return ValueTexts.status(forkStatus, forkStatusName);
        }

        /** @return the most relevant relevance among the differences, or {@code null} when there are none */
        Relevance highest() {
            for (Relevance relevance : Relevance.values()) {
                if (summary.count(relevance) > 0) {
                    return relevance;
                }
            }
            return null;
        }
    }

    private final List<Entry> entries;

    private SuiteReport(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @param entries the diffs, in the order to list them
     * @return the suite report
     */
    public static SuiteReport of(List<Entry> entries) {
        return new SuiteReport(Objects.requireNonNull(entries, "entries"));
    }

    /** @return the entries, in order */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * @param indexFile where the page will be, so that links to the diff reports are relative to it
     *                  and keep working when the directory is moved or archived
     * @return the page: one self-contained HTML file
     */
    public String html(Path indexFile) {
        Objects.requireNonNull(indexFile, "indexFile");
        return SuiteIndexPage.render(entries, indexFile);
    }

    /**
     * Writes {@link #html(Path)} to {@code indexFile}.
     *
     * @param indexFile the file to write, usually {@code index.html} next to the diff reports
     * @throws UncheckedIOException when the file cannot be written
     */
    public void write(Path indexFile) {
        String page = html(indexFile);
        try {
            DiffReport.createParent(indexFile);
            Files.writeString(indexFile, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw DiffReport.cannotWrite("suite", indexFile, e);
        }
    }
}
