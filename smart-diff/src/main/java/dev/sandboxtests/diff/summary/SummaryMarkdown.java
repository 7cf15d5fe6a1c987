package dev.sandboxtests.diff.summary;

/**
 * The run summary as Markdown, for a pull-request comment: the headline, then per SmartTest a table
 * of its counts and one of its top differences, with links to its report files.
 *
 * <pre>{@code
 * String comment = SummaryMarkdown.render(SummaryJson.read(Path.of("target/sandbox-tests/diffs/summary.json")), "");
 * }</pre>
 */
public final class SummaryMarkdown {

    /** Differences listed per SmartTest; the HTML report has the rest. */
    static final int TOP_DIFFERENCES = 5;

    private SummaryMarkdown() {
    }

    /**
     * @param summary  the summary
     * @param linkBase prepended to the report paths (which are relative to {@code summary.json}), e.g. the
     *                 URL the CI publishes the reports directory at; {@code ""} for relative links
     * @return the Markdown text
     */
    public static String render(RunSummary summary, String linkBase) {
        StringBuilder md = new StringBuilder("## Behavioral diffs\n\n").append(cell(summary.headline())).append("\n");
        for (SmartTestSummary test : summary.smartTests()) {
            md.append("\n### ").append(cell(test.title())).append("\n\n");
            md.append("| HIGH | MEDIUM | LOW | Test failed | Sandbox | Reports |\n|---:|---:|---:|---|---|---|\n");
            md.append("| ").append(test.counts().high()).append(" | ").append(test.counts().medium()).append(" | ")
                    .append(test.counts().low()).append(" | ")
                    .append(test.failed() == null ? "unknown" : test.failed() ? "yes" : "no").append(" | ")
                    .append(cell(test.sandbox() == null ? "" : test.sandbox())).append(" | ")
                    .append(links(test.reports(), linkBase)).append(" |\n");
            for (String caveat : test.caveats()) {
                md.append("\n> **Caveat:** ").append(cell(caveat)).append("\n");
            }
            if (!test.differences().isEmpty()) {
                md.append("\n| Relevance | Location | Reason |\n|---|---|---|\n");
                test.differences().stream().limit(TOP_DIFFERENCES).forEach(difference -> md.append("| ")
                        .append(difference.relevance()).append(" | `").append(code(difference.location())).append("` | ")
                        .append(cell(difference.reason())).append(" |\n"));
                int more = test.differences().size() - TOP_DIFFERENCES;
                if (more > 0) {
                    md.append("\n…and ").append(more).append(" more in the HTML report.\n");
                }
            }
        }
        return md.toString();
    }

    private static String links(ReportLinks reports, String base) {
        StringBuilder links = new StringBuilder();
        if (reports.html() != null) {
            links.append("[HTML](").append(base).append(reports.html()).append(") ");
        }
        links.append("[JSON](").append(base).append(reports.json()).append(")");
        if (reports.text() != null) {
            links.append(" [text](").append(base).append(reports.text()).append(")");
        }
        return links.toString();
    }

    /** Text in a table cell or line: no line breaks, no table-breaking pipes, no HTML. */
    private static String cell(String text) {
        return text.replace("\r", " ").replace("\n", " ").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Text inside backticks: a backtick would end the code span early. */
    private static String code(String text) {
        return cell(text).replace("`", "'");
    }
}
