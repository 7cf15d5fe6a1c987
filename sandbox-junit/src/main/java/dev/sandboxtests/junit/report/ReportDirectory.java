package dev.sandboxtests.junit.report;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.report.DiffReport;
import dev.sandboxtests.diff.report.ReportContext;
import dev.sandboxtests.diff.report.ReportFiles;
import dev.sandboxtests.diff.report.SuiteReport;
import dev.sandboxtests.diff.summary.DiffReportReader;
import dev.sandboxtests.diff.summary.RunSummary;
import dev.sandboxtests.diff.summary.SmartTestSummary;
import dev.sandboxtests.diff.summary.SummaryJson;
import dev.sandboxtests.diff.summary.TestOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The directory a run's behavioral diffs are written to ({@code sandbox.reports.directory}), shared by
 * every JVM of the run (Surefire's forks) and by runs one after another. All changes to it happen
 * under a file lock, so that writers in several JVMs never see each other half-done:
 * <ul>
 *   <li>{@link #write}: a diff's report files are written; first, if the directory holds the reports of
 *       an earlier run that has ended, they are removed, so a run's diffs replace the previous run's
 *       without {@code mvn clean}; the reports of a run that still runs (two builds at once) are kept;</li>
 *   <li>{@link #recordOutcome}: when a test has finished, what only the test runner knows of it (its id,
 *       whether it failed) is recorded beside each of its diff reports, as {@code <report>.outcome.properties};</li>
 *   <li>{@link #writeRunReports()}: {@code index.html} and {@code summary.json} are rebuilt from every diff
 *       report (and recorded outcome) on disk, so they list the diffs of all the run's JVMs, however many
 *       there are and in whatever order they finish.</li>
 * </ul>
 *
 * <pre>{@code
 * ReportDirectory reports = new ReportDirectory(Path.of("target/sandbox-tests/diffs"));
 * ReportFiles files = reports.write(diff, context, "VolumeDiscountTest.quotes-1");
 * reports.recordOutcome(files.json(), new TestOutcome(uniqueId, false));
 * Optional<ReportDirectory.RunReports> run = reports.writeRunReports();
 * }</pre>
 */
public final class ReportDirectory {

    /** Names the run whose reports the directory holds. */
    static final String RUN_FILE = ".run";
    private static final String LOCK_FILE = ".lock";
    private static final String INDEX = "index.html";
    static final String SUMMARY = "summary.json";
    /** Every file a run writes here, so that the next run removes them all. */
    private static final List<String> RUN_SUFFIXES = List.of(".json", ".html", ".txt", OutcomeFile.SUFFIX);
    /**
     * A file lock belongs to the whole JVM (a second thread asking for it fails instead of waiting), so
     * the threads of this JVM take turns here first; one lock per directory, for the life of the JVM.
     */
    private static final ConcurrentMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path path;

    public ReportDirectory(Path path) {
        this.path = path.toAbsolutePath();
    }

    /** Where the reports are. */
    public Path path() {
        return path;
    }

    /**
     * Writes the report files of {@code diff} (JSON, HTML, text; see {@link DiffReport}) for this run.
     *
     * @param baseName the files' name without extension
     */
    public ReportFiles write(BehaviorDiff diff, ReportContext context, String baseName) {
        return write(RunIdentity.current(), diff, context, baseName);
    }

    ReportFiles write(RunIdentity run, BehaviorDiff diff, ReportContext context, String baseName) {
        return locked(() -> {
            claim(run);
            return DiffReport.write(diff, context, path, baseName);
        });
    }

    /** Makes the directory {@code run}'s: removes the reports of an earlier run that has ended. */
    private void claim(RunIdentity run) throws IOException {
        Optional<RunIdentity> owner = readOwner();
        if (owner.filter(run::equals).isPresent()) {
            return;
        }
        if (owner.isPresent() && owner.get().isAlive()) {
            return; // another run writes here right now: share, take nothing away
        }
        for (Path file : runFiles()) {
            Files.deleteIfExists(file);
        }
        writeAtomically(path.resolve(RUN_FILE), run.toString());
    }

    /**
     * The run's index and summary, as {@link #writeRunReports()} wrote them.
     *
     * @param index   {@code index.html}
     * @param file    {@code summary.json}
     * @param summary what {@code summary.json} holds
     */
    public record RunReports(Path index, Path file, RunSummary summary) {
    }

    /**
     * Rebuilds {@code index.html} from every diff report in the directory.
     *
     * @return the index, or empty when the directory holds no diff report
     */
    public Optional<Path> writeIndex() {
        return writeRunReports().map(RunReports::index);
    }

    /**
     * Rebuilds {@code index.html} and {@code summary.json} from every diff report in the directory and the
     * outcomes recorded beside them.
     *
     * @return both, or empty when the directory holds no diff report
     */
    public Optional<RunReports> writeRunReports() {
        return locked(() -> {
            List<SuiteReport.Entry> entries = new ArrayList<>();
            List<SmartTestSummary> smartTests = new ArrayList<>();
            for (Path report : diffReports()) {
                Path html = report.resolveSibling(report.getFileName().toString().replaceFirst("\\.json$", ".html"));
                Optional<SuiteReport.Entry> entry = readEntry(report, html);
                if (entry.isPresent()) {
                    entries.add(entry.get());
                    smartTests.add(DiffReportReader.read(report, path, OutcomeFile.read(OutcomeFile.of(report))));
                }
            }
            if (entries.isEmpty()) {
                return Optional.empty();
            }
            Path index = path.resolve(INDEX);
            Path partialIndex = path.resolve(INDEX + ".partial");
            SuiteReport.of(entries).write(partialIndex);
            move(partialIndex, index);
            RunSummary summary = RunSummary.of(smartTests);
            Path summaryFile = path.resolve(SUMMARY);
            Path partialSummary = path.resolve(SUMMARY + ".partial");
            SummaryJson.write(summary, partialSummary);
            move(partialSummary, summaryFile);
            return Optional.of(new RunReports(index, summaryFile, summary));
        });
    }

    /**
     * Records, beside a diff report of this directory, what only the test runner knows of the test that
     * wrote it; {@link #writeRunReports()} puts it into {@code summary.json}. A report that is not in this
     * directory, or no longer exists, is passed over.
     *
     * @param diffJson the JSON diff report, as {@link ReportEntries#DIFF_JSON} names it
     * @param outcome  the test's id and whether it failed
     */
    public void recordOutcome(Path diffJson, TestOutcome outcome) {
        Path report = diffJson.toAbsolutePath().normalize();
        if (!path.normalize().equals(report.getParent())) {
            return;
        }
        locked(() -> {
            if (Files.exists(report)) {
                Path file = OutcomeFile.of(report);
                Path partial = file.resolveSibling(file.getFileName() + ".partial");
                OutcomeFile.write(partial, outcome);
                move(partial, file);
            }
            return null;
        });
    }

    /**
     * The index entry of one JSON report; empty for a file that is no report of ours (a user's own
     * file, a report of another version), which the index leaves out rather than failing the run.
     */
    private static Optional<SuiteReport.Entry> readEntry(Path json, Path html) {
        try {
            return Optional.of(SuiteReport.Entry.fromJsonReport(json, Files.exists(html) ? html : null));
        } catch (IllegalArgumentException | UncheckedIOException notAReport) {
            return Optional.empty();
        }
    }

    /** The JSON diff reports in the directory, sorted by name. */
    private List<Path> diffReports() throws IOException {
        return files(name -> name.endsWith(".json") && !name.equals(SUMMARY));
    }

    /** Every file a run wrote here: reports, outcomes, index and summary. */
    private List<Path> runFiles() throws IOException {
        return files(name -> RUN_SUFFIXES.stream().anyMatch(name::endsWith));
    }

    /** The files whose names pass {@code wanted} (hidden ones never do), sorted by name. */
    private List<Path> files(Predicate<String> wanted) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(path)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            for (Path file : entries) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".") && wanted.test(name)) {
                    files.add(file);
                }
            }
        }
        files.sort(null);
        return files;
    }

    private Optional<RunIdentity> readOwner() throws IOException {
        Path run = path.resolve(RUN_FILE);
        return Files.exists(run) ? RunIdentity.parse(Files.readString(run, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** Runs {@code action} holding the directory's lock, which serialises every JVM that writes here. */
    private <T> T locked(IoAction<T> action) {
        ReentrantLock turn = IN_THIS_JVM.computeIfAbsent(path, ignored -> new ReentrantLock());
        turn.lock();
        try {
            Files.createDirectories(path);
            try (FileChannel channel = FileChannel.open(path.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                return action.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not update the reports directory " + path + ": " + e.getMessage()
                    + ". Check that it is writable, or choose another with sandbox.reports.directory.", e);
        } finally {
            turn.unlock();
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        move(partial, file);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @FunctionalInterface
    private interface IoAction<T> {
        T run() throws IOException;
    }
}
