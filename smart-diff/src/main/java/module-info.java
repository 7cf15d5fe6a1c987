/**
 * smart-diff: compares two captured behaviours of the same request — the baseline and the fork — field
 * by field, rates each difference by relevance, and offers AssertJ assertions and reports on the result.
 * It knows nothing of sandboxes and can be used on its own.
 *
 * <pre>{@code
 * BehaviorDiff diff = SmartDiff.defaults().compare(
 *         Capture.json(200, "{\"total\": 100, \"currency\": \"EUR\"}"),
 *         Capture.json(200, "{\"total\": 90, \"currency\": \"EUR\"}"));
 *
 * SmartDiffAssertions.assertThat(diff).hasOnlyChangesAt("/total");
 * DiffReport.write(diff, ReportContext.builder().testName("quotes").build(), directory, "quotes");
 * }</pre>
 *
 * <p>Exported, and so the API: the model in {@code dev.sandboxtests.diff}, the assertions in
 * {@code dev.sandboxtests.diff.assertj}, the reports in {@code dev.sandboxtests.diff.report} and the run summary
 * for machines (its reader, CI gate and Markdown) in {@code dev.sandboxtests.diff.summary}. The
 * engine's stages — {@code reading} (bodies into compact JSON tapes), {@code alignment} (pairing values
 * and finding the raw differences), {@code classification} (noise, recognised formats, rules) and
 * {@code rendering} (bounded text for messages and reports) — are packages of their own so that each
 * is found by its name; they are not exported, so nothing outside this module depends on them.
 */
@SuppressWarnings("requires-automatic") // java-diff-utils has no module-info, only an Automatic-Module-Name
module dev.sandboxtests.diff {
    // In the API: Difference and ExpectedChange carry Jackson's JsonNode, the assertions extend
    // AssertJ's AbstractAssert, and their failures are opentest4j's AssertionFailedError.
    requires transitive com.fasterxml.jackson.databind;
    requires transitive org.assertj.core;
    requires transitive org.opentest4j;
    // Line diffs of text bodies; an implementation detail (its automatic module name).
    requires io.github.javadiffutils;

    exports dev.sandboxtests.diff;
    exports dev.sandboxtests.diff.assertj;
    exports dev.sandboxtests.diff.report;
    // Resources in a package are encapsulated like its classes: opened so that the documented JSON
    // Schema (dev/sandboxtests/diff/report/behavior-diff.schema.json) can be read from other modules.
    opens dev.sandboxtests.diff.report;
    exports dev.sandboxtests.diff.summary;
    // The same for dev/sandboxtests/diff/summary/run-summary.schema.json.
    opens dev.sandboxtests.diff.summary;
}
