package dev.sandboxtests.junit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.SmartDiff;
import dev.sandboxtests.diff.report.DiffReport;
import dev.sandboxtests.diff.report.ReportContext;
import dev.sandboxtests.diff.report.ReportFiles;
import dev.sandboxtests.diff.summary.RunSummary;
import dev.sandboxtests.diff.summary.SmartTestSummary;
import dev.sandboxtests.diff.summary.SummaryJson;
import dev.sandboxtests.diff.summary.TestOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports directory as several JVMs and several runs share it. */
class ReportDirectoryTest {

    private static final BehaviorDiff DIFF = SmartDiff.defaults()
            .compare(Capture.json(200, "{\"total\": 100}"), Capture.json(200, "{\"total\": 90}"));

    @TempDir
    Path directory;

    @Test
    void theIndexListsTheDiffsOfEveryWriterEvenWhenTheyWriteAtOnce() throws Exception {
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            String name = "writer-" + writer;
            done.add(pool.submit(() -> {
                start.await();
                ReportDirectory reports = new ReportDirectory(directory);
                reports.write(DIFF, ReportContext.builder().testName(name).build(), name);
                reports.writeIndex();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : done) {
            writer.get();
        }
        pool.shutdown();

        String index = Files.readString(directory.resolve("index.html"));
        for (int writer = 0; writer < writers; writer++) {
            assertThat(index).contains("writer-" + writer + ".html");
        }
        assertThat(SummaryJson.read(directory.resolve(ReportDirectory.SUMMARY)).smartTests())
                .extracting(SmartTestSummary::testName).hasSize(writers);
    }

    @Test
    void theSummaryTakesEachTestsOutcomeFromBesideItsReport() {
        ReportDirectory reports = new ReportDirectory(directory);
        ReportFiles recorded = reports.write(DIFF, ReportContext.builder().testName("recorded").build(), "recorded");
        reports.write(DIFF, ReportContext.builder().testName("unfinished").build(), "unfinished");
        reports.recordOutcome(recorded.json(), new TestOutcome("[engine:x]/[test:recorded]", true));

        RunSummary summary = reports.writeRunReports().orElseThrow().summary();

        assertThat(summary.smartTests()).extracting(SmartTestSummary::testName, SmartTestSummary::testId,
                SmartTestSummary::failed).containsExactly(tuple("recorded", "[engine:x]/[test:recorded]", true),
                tuple("unfinished", null, null));
        assertThat(SummaryJson.read(directory.resolve(ReportDirectory.SUMMARY))).isEqualTo(summary);
    }

    @Test
    void anOutcomeForAReportElsewhereIsPassedOver() throws Exception {
        Path elsewhere = Files.createDirectories(directory.resolve("elsewhere"));
        DiffReport.write(DIFF, ReportContext.builder().testName("t").build(), elsewhere, "t");

        new ReportDirectory(directory).recordOutcome(elsewhere.resolve("t.json"), new TestOutcome("id", false));

        assertThat(elsewhere.resolve("t" + OutcomeFile.SUFFIX)).doesNotExist();
        assertThat(directory.resolve("t" + OutcomeFile.SUFFIX)).doesNotExist();
    }

    @Test
    void anEarlierRunThatHasEndedLeavesItsReportsToBeReplaced() throws Exception {
        write("old-run-diff");
        new ReportDirectory(directory).recordOutcome(directory.resolve("old-run-diff.json"), new TestOutcome("old", false));
        new ReportDirectory(directory).writeRunReports();
        Files.writeString(directory.resolve(ReportDirectory.RUN_FILE), endedRun().toString());

        ReportDirectory reports = new ReportDirectory(directory);
        reports.write(DIFF, ReportContext.builder().testName("new").build(), "new-run-diff");

        assertThat(directory.resolve("old-run-diff.json")).doesNotExist();
        assertThat(directory.resolve("old-run-diff.html")).doesNotExist();
        assertThat(directory.resolve("old-run-diff" + OutcomeFile.SUFFIX)).doesNotExist();
        assertThat(directory.resolve(ReportDirectory.SUMMARY)).doesNotExist();
        assertThat(Files.readString(directory.resolve(ReportDirectory.RUN_FILE))).isEqualTo(RunIdentity.current().toString());
        assertThat(Files.readString(reports.writeIndex().orElseThrow())).contains("new-run-diff.html")
                .doesNotContain("old-run-diff");
    }

    @Test
    void aRunThatStillRunsKeepsItsReports() throws Exception {
        write("concurrent-run-diff");
        RunIdentity otherLiveRun = new RunIdentity("jvm", ProcessHandle.current().pid(),
                ProcessHandle.current().info().startInstant().orElseThrow());
        Files.writeString(directory.resolve(ReportDirectory.RUN_FILE), otherLiveRun.toString());

        new ReportDirectory(directory).write(new RunIdentity("jvm", 1, Instant.EPOCH), DIFF,
                ReportContext.builder().testName("ours").build(), "our-diff");

        assertThat(directory.resolve("concurrent-run-diff.json")).exists();
        assertThat(directory.resolve("our-diff.json")).exists();
    }

    @Test
    void theSameRunKeepsWhatItWrote() throws Exception {
        ReportDirectory reports = new ReportDirectory(directory);
        reports.write(DIFF, ReportContext.builder().testName("first").build(), "first");
        reports.write(DIFF, ReportContext.builder().testName("second").build(), "second");

        assertThat(directory.resolve("first.json")).exists();
        assertThat(directory.resolve("second.json")).exists();
    }

    @Test
    void aFileThatIsNoReportOfOursIsLeftOutOfTheIndex() throws Exception {
        write("a-diff");
        Files.writeString(directory.resolve("notes.json"), "{\"mine\": true}");

        String index = Files.readString(new ReportDirectory(directory).writeIndex().orElseThrow());

        assertThat(index).contains("a-diff.html").doesNotContain("notes");
        assertThat(SummaryJson.read(directory.resolve(ReportDirectory.SUMMARY)).smartTests()).hasSize(1);
    }

    @Test
    void runIdentitiesReadBackAndAProcessIdReusedByAnotherProcessIsNotTheRun() {
        RunIdentity current = RunIdentity.current();

        assertThat(RunIdentity.parse(current.toString())).contains(current);
        assertThat(current.isAlive()).isTrue();
        assertThat(new RunIdentity(current.kind(), current.pid(), current.start().minusSeconds(3600)).isAlive())
                .as("same pid, other start: another process").isFalse();
        assertThat(RunIdentity.parse("not a run")).isEmpty();
    }

    private void write(String name) {
        DiffReport.write(DIFF, ReportContext.builder().testName(name).build(), directory, name);
    }

    /** A process that ran and ended: its identity names a run that is over. */
    private static RunIdentity endedRun() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        Instant start = process.info().startInstant().orElse(Instant.EPOCH);
        process.waitFor();
        return new RunIdentity("jvm", process.pid(), start);
    }
}
