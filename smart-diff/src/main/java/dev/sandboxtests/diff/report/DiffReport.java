package dev.sandboxtests.diff.report;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.rendering.DifferenceTable;
import dev.sandboxtests.diff.rendering.ValueTexts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports of one {@link BehaviorDiff}, all from the same model: JSON for machines (a stable, versioned
 * schema, see {@code docs/diff-report-schema.md}), a plain-text table for consoles, and a single
 * self-contained HTML page that shows baseline and fork side by side with each difference's lines
 * marked in its relevance colour.
 *
 * <pre>{@code
 * BehaviorDiff diff = SmartDiff.defaults().compare(baseline, fork);
 * ReportContext context = ReportContext.builder()
 *         .testName("VolumeDiscountTest.quotes").service("orders").request("GET", "/orders/quote")
 *         .build();
 *
 * System.out.println(DiffReport.text(diff, context));
 * ReportFiles files = DiffReport.write(diff, context, Path.of("target/sandbox-tests/diffs"), "0001-quotes");
 * // files.json(), files.html(), files.text()
 * }</pre>
 *
 * <p>Reports are deterministic (the same diff and context give the same bytes), never run or load
 * anything from a body, keep large or deeply nested values and bodies within limits and say where
 * they cut, and write {@code (redacted)} for the values of credential headers such as
 * {@code set-cookie} and {@code authorization} in the JSON and HTML files.
 */
public final class DiffReport {

    private DiffReport() {
    }

    /**
     * @param diff the diff
     * @return the JSON report, without context
     */
    public static String json(BehaviorDiff diff) {
        return json(diff, ReportContext.empty());
    }

    /**
     * @param diff    the diff
     * @param context where the diff came from
     * @return the JSON report
     */
    public static String json(BehaviorDiff diff, ReportContext context) {
        check(diff, context);
        StringWriter out = new StringWriter();
        try {
            JsonDiffReport.write(diff, context, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to a StringWriter cannot fail", impossible);
        }
        return out.toString();
    }

    /**
     * Writes the JSON report to a file, streaming, so a large diff never becomes one large string.
     *
     * @param diff    the diff
     * @param context where the diff came from
     * @param file    the file to write (its directory is created); replaced if it exists
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writeJson(BehaviorDiff diff, ReportContext context, Path file) {
        check(diff, context);
        Objects.requireNonNull(file, "file");
        try {
            createParent(file);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                JsonDiffReport.write(diff, context, out);
            }
        } catch (IOException e) {
            throw cannotWrite("JSON", file, e);
        }
    }

    /**
     * @param diff the diff
     * @return the plain-text report, without context
     */
    public static String text(BehaviorDiff diff) {
        return text(diff, ReportContext.empty());
    }

    /**
     * The plain-text report: a title line with the context (test, service, sandbox, routing key and
     * request, those that are known), one line per {@link BehaviorDiff#caveats() caveat}, the status
     * (baseline → fork when they differ, each with its name when the capture has one:
     * {@code NOT_FOUND (5)}), the counts per relevance, and the table of {@link BehaviorDiff#toString()}
     * (which also lists the unmet expectations).
     *
     * <pre>
     * Behavioral diff: VolumeDiscountTest.quotes (service orders, GET /orders/quote)
     * Caveat: the fork of 'pricing' received none of this SmartTest's requests: …
     * status: 200
     * HIGH 0, MEDIUM 1, LOW 0; relevant changes: yes; baseline samples: 2
     * 1 difference (1 relevant):
     *   MEDIUM CHANGED /total 100 → 90  value changed
     * </pre>
     *
     * @param diff    the diff
     * @param context where the diff came from
     * @return the report, lines separated by {@code \n}
     */
    public static String text(BehaviorDiff diff, ReportContext context) {
        check(diff, context);
        StringBuilder text = new StringBuilder("Behavioral diff");
        if (context.testName() != null) {
            text.append(": ").append(context.testName());
        }
        List<String> where = new ArrayList<>();
        addIfKnown(where, "service ", context.service());
        addIfKnown(where, "sandbox ", context.sandbox());
        addIfKnown(where, "routing key ", context.routingKey());
        addIfKnown(where, "", context.request());
        if (!where.isEmpty()) {
            text.append(" (").append(String.join(", ", where)).append(')');
        }
        text.append('\n').append(DifferenceTable.caveats(diff.caveats()));
        text.append("status: ").append(ValueTexts.status(diff.baseline()));
        if (diff.baseline().status() != diff.fork().status()) {
            text.append(" → ").append(ValueTexts.status(diff.fork()));
        }
        // The table of BehaviorDiff.toString() also lists the ignored count and the unmet expectations.
        return text.append('\n').append(DiffSummary.of(diff).describe()).append('\n')
                .append(DifferenceTable.table(diff)).append('\n').toString();
    }

    /**
     * @param diff the diff
     * @return the HTML report, without context
     */
    public static String html(BehaviorDiff diff) {
        return html(diff, ReportContext.empty());
    }

    /**
     * The HTML report: one self-contained page (inline style and a few lines of inline script, no
     * external fonts, scripts, images or links) with the context, a banner with the diff's caveats
     * when it has any, the counts and a colour legend
     * (HIGH red, MEDIUM amber, LOW green), the table of differences, and baseline and fork side by
     * side, pretty-printed, with the lines of each difference marked in its relevance colour. Each
     * table row links to its lines. A long body is shown in part: its start and a window around each
     * difference, with the cuts marked.
     *
     * @param diff    the diff
     * @param context where the diff came from
     * @return the page
     */
    public static String html(BehaviorDiff diff, ReportContext context) {
        check(diff, context);
        return HtmlDiffPage.render(diff, context);
    }

    /**
     * Writes the HTML report to a file.
     *
     * @param diff    the diff
     * @param context where the diff came from
     * @param file    the file to write (its directory is created); replaced if it exists
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writeHtml(BehaviorDiff diff, ReportContext context, Path file) {
        String page = html(diff, context);
        Objects.requireNonNull(file, "file");
        try {
            createParent(file);
            Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw cannotWrite("HTML", file, e);
        }
    }

    /**
     * Writes all three reports next to each other: {@code <baseName>.json}, {@code .html} and {@code .txt}.
     *
     * @param diff      the diff
     * @param context   where the diff came from
     * @param directory the directory to write to; created if needed
     * @param baseName  the file name without extension, e.g. {@code 0001-VolumeDiscountTest.quotes}
     * @return the files written
     * @throws IllegalArgumentException when {@code baseName} is blank or contains a path separator
     * @throws UncheckedIOException     when a file cannot be written
     */
    public static ReportFiles write(BehaviorDiff diff, ReportContext context, Path directory, String baseName) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(baseName, "baseName");
        if (baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
            throw new IllegalArgumentException("baseName must be a plain file name without extension, such as"
                    + " 0001-VolumeDiscountTest.quotes, but was '" + baseName + "'");
        }
        ReportFiles files = new ReportFiles(directory.resolve(baseName + ".json"),
                directory.resolve(baseName + ".html"), directory.resolve(baseName + ".txt"));
        writeJson(diff, context, files.json());
        writeHtml(diff, context, files.html());
        try {
            Files.writeString(files.text(), text(diff, context), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw cannotWrite("text", files.text(), e);
        }
        return files;
    }

    private static void check(BehaviorDiff diff, ReportContext context) {
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(context, "context; pass ReportContext.empty() when there is none");
    }

    private static void addIfKnown(List<String> parts, String label, String value) {
        if (value != null) {
            parts.add(label + value);
        }
    }

    static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    static UncheckedIOException cannotWrite(String format, Path file, IOException cause) {
        return new UncheckedIOException("Could not write the " + format + " report to " + file.toAbsolutePath()
                + ": " + cause.getMessage() + ". Check that the directory is writable and the disk is not full.", cause);
    }
}
