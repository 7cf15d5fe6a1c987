package dev.sandboxtests.diff.summary;

/**
 * The report files of one SmartTest, as paths relative to the directory of {@code summary.json}
 * (with {@code /} on every platform), so the summary stays valid when the directory is archived or moved.
 *
 * @param json its JSON diff report
 * @param html its HTML diff report, or {@code null} when there is none
 * @param text its text diff report, or {@code null} when there is none
 */
public record ReportLinks(String json, String html, String text) {
}
