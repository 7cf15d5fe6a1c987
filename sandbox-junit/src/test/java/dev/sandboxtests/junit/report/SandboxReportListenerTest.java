package dev.sandboxtests.junit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.sandboxtests.diff.summary.RunSummary;
import dev.sandboxtests.diff.summary.SummaryJson;
import dev.sandboxtests.junit.EchoEnvironment;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.SmartTest;
import dev.sandboxtests.local.LocalSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The listener as Surefire uses it: one launcher session per JVM, in which each test class may be a
 * test plan of its own. The summary line comes once per session, and the index lists every diff.
 */
class SandboxReportListenerTest {

    @TempDir
    Path reports;

    /** Runs each class as a test plan of its own in one session, as Surefire does; returns the tests that succeeded. */
    private long runInOneSession(List<String> console, Class<?>... testClasses) {
        long succeeded = 0;
        LauncherConfig config = LauncherConfig.builder()
                .enableLauncherSessionListenerAutoRegistration(false)
                .addLauncherSessionListeners(new SandboxReportListener(console::add))
                .build();
        try (LauncherSession session = LauncherFactory.openSession(config)) {
            for (Class<?> testClass : testClasses) {
                SummaryGeneratingListener outcome = new SummaryGeneratingListener();
                session.getLauncher().execute(request()
                        .selectors(selectClass(testClass))
                        .configurationParameter("sandbox.reports.directory", reports.toString())
                        .build(), outcome);
                succeeded += outcome.getSummary().getTestsSucceededCount();
            }
        }
        return succeeded;
    }

    @Test
    void aSessionOfSeveralTestPlansPrintsOneLineAndIndexesEveryDiff() throws IOException {
        List<String> console = new CopyOnWriteArrayList<>();

        long succeeded = runInOneSession(console, FirstDiffingClass.class, SecondDiffingClass.class);

        assertThat(succeeded).isEqualTo(3);
        assertThat(console).hasSize(1);
        // The echo service answers with what it was sent, so baseline and fork differ by MEDIUM values.
        assertThat(console.get(0)).startsWith("[sandbox-tests] 3 SmartTests, none with HIGH differences, 3 with MEDIUM"
                + " ones; this JVM: 2 sandboxes, 3 behavioral diffs; report: " + reports.resolve("index.html").toAbsolutePath()
                + ", summary.json beside it");
        String index = Files.readString(reports.resolve("index.html"));
        try (Stream<Path> files = Files.list(reports)) {
            List<String> htmlReports = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".html") && !name.equals("index.html")).toList();
            assertThat(htmlReports).hasSize(3).allSatisfy(name -> assertThat(index).contains(name));
        }
    }

    @Test
    void theSummaryHoldsEverySmartTestWithItsIdAndWhetherItFailed() {
        List<String> console = new CopyOnWriteArrayList<>();

        assertThat(runInOneSession(console, FailingDiffingClass.class)).isEqualTo(1);

        RunSummary summary = SummaryJson.read(reports.resolve("summary.json"));
        assertThat(summary.totals().smartTests()).isEqualTo(2);
        assertThat(summary.totals().failed()).isEqualTo(1);
        assertThat(summary.smartTests()).allSatisfy(test -> {
            assertThat(test.testId()).startsWith("[engine:junit-jupiter]/[class:" + FailingDiffingClass.class.getName());
            assertThat(test.service()).isEqualTo("echo");
            assertThat(test.sandbox()).isNotBlank();
            assertThat(test.routingKey()).isNotBlank();
            assertThat(reports.resolve(test.reports().html())).exists();
        });
        assertThat(summary.smartTests()).filteredOn(test -> test.testId().contains("fails"))
                .singleElement().satisfies(test -> {
                    assertThat(test.failed()).isTrue();
                    assertThat(test.uri()).endsWith("/whoami");
                });
        assertThat(console).singleElement().asString().startsWith("[sandbox-tests] 2 SmartTests, ")
                .contains("; 1 failed; this JVM: 1 sandbox, 2 behavioral diffs; report: ");
    }

    @Test
    void aSessionWithoutSandboxesPrintsNothing() {
        List<String> console = new CopyOnWriteArrayList<>();
        LauncherConfig config = LauncherConfig.builder()
                .enableLauncherSessionListenerAutoRegistration(false)
                .addLauncherSessionListeners(new SandboxReportListener(console::add))
                .build();
        try (LauncherSession session = LauncherFactory.openSession(config)) {
            session.getLauncher().execute(request().selectors(selectClass(NoSandboxClass.class)).build());
        }

        assertThat(console).isEmpty();
    }

    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class FirstDiffingClass {
        @Test
        void version(SmartTest smart) {
            smart.http("echo", request -> request.get("/version"));
        }

        @Test
        void whoami(SmartTest smart) {
            smart.http("echo", request -> request.get("/whoami"));
        }
    }

    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class SecondDiffingClass {
        @Test
        void version(SmartTest smart) {
            smart.http("echo", request -> request.get("/version"));
        }
    }

    /** SecondDiffingClass's passing test, and one that fails. */
    static class FailingDiffingClass extends SecondDiffingClass {
        @Test
        void fails(SmartTest smart) {
            smart.http("echo", request -> request.get("/whoami"));
            throw new AssertionError("fails after its SmartTest, as a test that checks the fork's answer would");
        }
    }

    static class NoSandboxClass {
        @Test
        void plain() {
        }
    }
}
