/**
 * The run summary for machines: {@code summary.json}, one entry per SmartTest with its counts by
 * relevance, its notable differences and the paths of its report files, plus run totals
 * ({@link dev.sandboxtests.diff.summary.RunSummary}, schema {@code run-summary.schema.json}); a CI
 * gate that reads it ({@link dev.sandboxtests.diff.summary.SummaryGate}) and its Markdown rendering for
 * a pull-request comment ({@link dev.sandboxtests.diff.summary.SummaryMarkdown}).
 *
 * <p>It lives in smart-diff, not in the JUnit layer, because a CI step reads the summary with nothing
 * but this jar and Jackson on its class path: no JUnit, no sandbox. The summary is built from the diff
 * reports smart-diff writes ({@link dev.sandboxtests.diff.report.DiffReport}) plus what only the test
 * runner knows (the test's id, whether it failed), passed in as a {@link dev.sandboxtests.diff.summary.TestOutcome}.
 */
package dev.sandboxtests.diff.summary;
