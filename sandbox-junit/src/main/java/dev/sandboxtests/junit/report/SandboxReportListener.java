package dev.sandboxtests.junit.report;

import dev.sandboxtests.diff.report.SuiteReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Ends a test run that used sandboxes with a suite summary: an {@code index.html} linking every
 * behavioral diff's report, and one console line saying where the reports and service logs are.
 *
 * <p>Registered through {@code META-INF/services}, so Surefire and IDEs load it by themselves. It
 * learns of sandboxes and diffs only through JUnit report entries (see {@link DiffPublisher}), so it
 * shares no state with the extension. Directory: system property {@value #DIRECTORY_PROPERTY},
 * default {@code target/sandbox-tests/diffs}.
 */
public final class SandboxReportListener implements TestExecutionListener {

    public static final String DIRECTORY_PROPERTY = "sandbox.reports.directory";
    static final String SANDBOX_ENTRY = "sandbox";

    private final AtomicInteger sandboxes = new AtomicInteger();
    private final List<SuiteReport.Entry> diffs = new CopyOnWriteArrayList<>();

    static Path directory() {
        return Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/sandbox-tests/diffs"));
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        var values = entry.getKeyValuePairs();
        if (values.containsKey(SANDBOX_ENTRY)) {
            sandboxes.incrementAndGet();
        }
        if (values.containsKey(DiffPublisher.JSON_ENTRY)) {
            diffs.add(SuiteReport.Entry.fromJsonReport(Path.of(values.get(DiffPublisher.JSON_ENTRY)),
                    Path.of(values.get(DiffPublisher.HTML_ENTRY))));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (sandboxes.get() == 0 && diffs.isEmpty()) {
            return;
        }
        String where = "";
        if (!diffs.isEmpty()) {
            Path index = directory().resolve("index.html").toAbsolutePath();
            SuiteReport.of(diffs).write(index);
            where = " (report: " + index + ")";
        }
        String logs = System.getProperty("sandbox.local.log-directory", "target/sandbox-tests/logs");
        System.out.println("[sandbox-tests] " + sandboxes.get() + " sandboxes, " + diffs.size()
                + " behavioral diffs" + where + "; service logs in " + Path.of(logs).toAbsolutePath());
    }

    static String fileName(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
    }
}
