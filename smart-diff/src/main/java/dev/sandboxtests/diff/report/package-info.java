/**
 * Reports of a {@link dev.sandboxtests.diff.BehaviorDiff}, written once the engine's stages are done
 * and all from the same model: JSON with a stable, versioned schema (documented in
 * {@code docs/diff-report-schema.md}, JSON Schema at
 * {@code /dev/sandboxtests/diff/report/behavior-diff.schema.json} on the class path, and readable from
 * other modules on the module path), a plain-text table for consoles, a self-contained HTML page with
 * baseline and fork side by side, and an {@code index.html} summarising a whole run.
 *
 * <pre>{@code
 * ReportContext context = ReportContext.builder().testName("VolumeDiscountTest.quotes").service("orders").build();
 * ReportFiles files = DiffReport.write(diff, context, directory, "0001-VolumeDiscountTest.quotes");
 * SuiteReport.of(List.of(SuiteReport.Entry.of(diff, context, files.html()))).write(directory.resolve("index.html"));
 * }</pre>
 *
 * <p>Like the rest of smart-diff, nothing here knows about sandboxes: where a diff came from is what
 * the caller puts in the {@link dev.sandboxtests.diff.report.ReportContext}.
 */
package dev.sandboxtests.diff.report;
