package dev.sandboxtests.junit.report;

import dev.sandboxtests.diff.summary.TestOutcome;
import dev.sandboxtests.junit.SandboxTestSettings;
import dev.sandboxtests.settings.SandboxSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Ends a test session that used sandboxes with a summary: the run's {@code index.html} linking every
 * behavioral diff's report, {@code summary.json} beside it for machines, and one console line naming the
 * verdict and saying where the reports and service logs are, e.g.
 * <pre>
 * [sandbox-tests] 9 SmartTests, 1 with HIGH differences: VolumeDiscountTest.quotes (orders GET /orders/quote);
 *     this JVM: 7 sandboxes, 9 behavioral diffs; report: …/diffs/index.html, summary.json beside it; service logs in …
 * </pre>
 * (one line). The verdict covers every diff on disk of the run; the sandbox and diff counts are this JVM's. A session is what one JVM runs: Surefire opens one per fork JVM, however many test classes it
 * runs there, so the line is printed once per JVM; the index lists the diffs of every JVM of the run
 * ({@link ReportDirectory}).
 *
 * <p>Registered through {@code META-INF/services} as a {@link LauncherSessionListener}, so Surefire and
 * IDEs load it by themselves. It learns of sandboxes and diffs only through JUnit report entries
 * ({@link ReportEntries}), so it shares no state with the extension and names no provider. When a test
 * that published diffs finishes, it records the test's id and whether it failed beside its diff reports
 * ({@link ReportDirectory#recordOutcome}), which is all {@code summary.json} takes from JUnit. Its directory
 * is the setting {@code sandbox.reports.directory}, read from the run's configuration parameters.
 */
public final class SandboxReportListener implements LauncherSessionListener {

    private final Map<LauncherSession, SessionReport> sessions = new ConcurrentHashMap<>();
    private final Consumer<String> console;

    public SandboxReportListener() {
        this(System.out::println);
    }

    /** For tests: where the summary line goes. */
    SandboxReportListener(Consumer<String> console) {
        this.console = console;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        SessionReport report = new SessionReport();
        sessions.put(session, report);
        session.getLauncher().registerTestExecutionListeners(report);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SessionReport report = sessions.remove(session);
        if (report != null) {
            report.summary().ifPresent(console);
        }
    }

    /** What the test plans of one session published. */
    private static final class SessionReport implements TestExecutionListener {
        private final AtomicInteger sandboxes = new AtomicInteger();
        private final AtomicInteger diffs = new AtomicInteger();
        private final Set<String> logs = ConcurrentHashMap.newKeySet();
        /** The JSON diff reports each running test published, by its unique id, until it finishes. */
        private final Map<String, List<Path>> diffsOfRunningTests = new ConcurrentHashMap<>();
        private final AtomicReference<ReportDirectory> directory = new AtomicReference<>();

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            SandboxSettings settings = SandboxSettings.withParameters(testPlan.getConfigurationParameters()::get);
            directory.compareAndSet(null, new ReportDirectory(settings.get(SandboxTestSettings.REPORTS_DIRECTORY)));
        }

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
                diffs.incrementAndGet();
                diffsOfRunningTests.computeIfAbsent(test.getUniqueId(), id -> new CopyOnWriteArrayList<>())
                        .add(Path.of(values.get(ReportEntries.DIFF_JSON)));
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            List<Path> reports = diffsOfRunningTests.remove(test.getUniqueId());
            ReportDirectory reportDirectory = directory.get();
            if (reports != null && reportDirectory != null) {
                TestOutcome outcome = new TestOutcome(test.getUniqueId(),
                        result.getStatus() == TestExecutionResult.Status.FAILED);
                reports.forEach(report -> reportDirectory.recordOutcome(report, outcome));
            }
        }

        /**
         * The console line, once the index and summary are written; empty for a session that used no sandbox.
         */
        Optional<String> summary() {
            if (sandboxes.get() == 0 && diffs.get() == 0) {
                return Optional.empty();
            }
            Optional<ReportDirectory.RunReports> run = Optional.empty();
            if (diffs.get() > 0 && directory.get() != null) {
                run = directory.get().writeRunReports();
            }
            String thisJvm = count(sandboxes.get(), "sandbox", "sandboxes") + ", "
                    + count(diffs.get(), "behavioral diff", "behavioral diffs");
            String serviceLogs = logs.isEmpty() ? "" : "; service logs in " + String.join(", ", logs.stream().sorted().toList());
            String line = run.map(reports -> reports.summary().headline() + "; this JVM: " + thisJvm + "; report: "
                    + reports.index() + ", " + reports.file().getFileName() + " beside it").orElse(thisJvm);
            return Optional.of("[sandbox-tests] " + line + serviceLogs);
        }

        private static String count(int count, String one, String many) {
            return count + " " + (count == 1 ? one : many);
        }
    }
}
