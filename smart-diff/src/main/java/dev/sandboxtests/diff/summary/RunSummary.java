package dev.sandboxtests.diff.summary;

import java.util.List;
import java.util.Objects;

/**
 * The summary of a run's behavioral diffs for machines: what {@code summary.json} holds, beside the
 * run's {@code index.html}. Its JSON form is described by {@code run-summary.schema.json} (on the class
 * path next to this class) and {@code docs/run-summary-schema.md}; {@link SummaryJson} writes and reads it.
 *
 * <pre>{@code
 * RunSummary summary = SummaryJson.read(Path.of("target/sandbox-tests/diffs/summary.json"));
 * if (summary.totals().withHigh() > 0) {
 *     System.out.println(summary.headline());
 * }
 * }</pre>
 *
 * @param schema        the schema's URI, {@value #SCHEMA}
 * @param schemaVersion the schema's version, {@value #SCHEMA_VERSION}
 * @param totals        the run's totals
 * @param smartTests    one entry per SmartTest, in the order of their report files' names
 */
public record RunSummary(String schema, int schemaVersion, RunTotals totals, List<SmartTestSummary> smartTests) {

    /** The URI of the schema this library writes. */
    public static final String SCHEMA = "https://sandbox-tests.dev/schemas/run-summary/v1";
    /** The version of the schema this library writes and reads. */
    public static final int SCHEMA_VERSION = 1;
    /** How many SmartTests the headline names. */
    private static final int NAMED_IN_HEADLINE = 3;

    public RunSummary {
        Objects.requireNonNull(totals, "totals");
        smartTests = smartTests == null ? List.of() : List.copyOf(smartTests);
    }

    /**
     * @param smartTests one entry per SmartTest
     * @return the summary of the current schema version, with totals counted from the entries
     */
    public static RunSummary of(List<SmartTestSummary> smartTests) {
        return new RunSummary(SCHEMA, SCHEMA_VERSION, RunTotals.of(smartTests), smartTests);
    }

    /**
     * The verdict in one line, e.g. {@code 9 SmartTests, 1 with HIGH differences: VolumeDiscountTest.quotes
     * (orders GET /orders/quote)}; without HIGH differences, how many have MEDIUM ones; then failures and caveats.
     */
    public String headline() {
        StringBuilder line = new StringBuilder(plural(totals.smartTests(), "SmartTest", "SmartTests"));
        List<SmartTestSummary> high = smartTests.stream().filter(test -> test.counts().high() > 0).toList();
        if (!high.isEmpty()) {
            line.append(", ").append(high.size()).append(" with HIGH differences: ");
            line.append(String.join(", ", high.stream().limit(NAMED_IN_HEADLINE).map(SmartTestSummary::title).toList()));
            if (high.size() > NAMED_IN_HEADLINE) {
                line.append(" and ").append(high.size() - NAMED_IN_HEADLINE).append(" more");
            }
        } else if (totals.withMedium() > 0) {
            line.append(", none with HIGH differences, ").append(totals.withMedium()).append(" with MEDIUM ones");
        } else {
            line.append(", none with HIGH or MEDIUM differences");
        }
        if (totals.failed() > 0) {
            line.append("; ").append(totals.failed()).append(" failed");
        }
        if (totals.withCaveats() > 0) {
            line.append("; ").append(totals.withCaveats()).append(" with caveats");
        }
        return line.toString();
    }

    static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
