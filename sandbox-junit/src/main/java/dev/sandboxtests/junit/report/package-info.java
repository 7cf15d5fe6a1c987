/**
 * What a run of {@code @SandboxTest} classes reports beyond pass and fail: the JUnit report entries
 * each class and SmartTest publishes ({@link dev.sandboxtests.junit.report.ReportEntries}) and the
 * listener that ends the run with an index of every behavioral diff and a {@code summary.json} for
 * machines ({@link dev.sandboxtests.junit.report.SandboxReportListener}).
 */
package dev.sandboxtests.junit.report;
