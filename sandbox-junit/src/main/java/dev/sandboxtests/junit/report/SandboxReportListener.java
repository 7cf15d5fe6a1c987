package dev.sandboxtests.junit.report;

import dev.sandboxtests.diff.report.SuiteReport;
import dev.sandboxtests.junit.SandboxTestSettings;
import dev.sandboxtests.settings.SandboxSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * learns of sandboxes and diffs only through JUnit report entries ({@link ReportEntries}), so it
 * shares no state with the extension and names no provider. Its directory is the setting
 * {@code sandbox.reports.directory}, read from the run's configuration parameters like every setting.
 */
public final class SandboxReportListener implements TestExecutionListener {

    private final AtomicInteger sandboxes = new AtomicInteger();
    private final List<SuiteReport.Entry> diffs = new CopyOnWriteArrayList<>();
    private final Set<String> logs = ConcurrentHashMap.newKeySet();

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        var values = entry.getKeyValuePairs();
        if (values.containsKey(ReportEntries.SANDBOX)) {
            sandboxes.incrementAndGet();
        }
        if (values.containsKey(ReportEntries.LOGS)) {
            logs.add(values.get(ReportEntries.LOGS));
        }
        if (values.containsKey(ReportEntries.DIFF_JSON)) {
            diffs.add(SuiteReport.Entry.fromJsonReport(Path.of(values.get(ReportEntries.DIFF_JSON)),
                    Path.of(values.get(ReportEntries.DIFF_HTML))));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (sandboxes.get() == 0 && diffs.isEmpty()) {
            return;
        }
        String where = "";
        if (!diffs.isEmpty()) {
            SandboxSettings settings = SandboxSettings.withParameters(testPlan.getConfigurationParameters()::get);
            Path index = settings.get(SandboxTestSettings.REPORTS_DIRECTORY).resolve("index.html").toAbsolutePath();
            SuiteReport.of(diffs).write(index);
            where = " (report: " + index + ")";
        }
        String serviceLogs = logs.isEmpty() ? "" : "; service logs in " + String.join(", ", logs.stream().sorted().toList());
        System.out.println("[sandbox-tests] " + count(sandboxes.get(), "sandbox", "sandboxes") + ", "
                + count(diffs.size(), "behavioral diff", "behavioral diffs") + where + serviceLogs);
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
