package dev.sandboxtests.junit.report;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.report.DiffReport;
import dev.sandboxtests.diff.report.ReportContext;
import dev.sandboxtests.diff.report.ReportFiles;
import dev.sandboxtests.diff.report.SuiteReport;
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

/**
 * The directory a run's behavioral diffs are written to ({@code sandbox.reports.directory}), shared by
 * every JVM of the run (Surefire's forks) and by runs one after another. All changes to it happen
 * under a file lock, so that writers in several JVMs never see each other half-done:
 * <ul>
 *   <li>{@link #write}: a diff's report files are written; first, if the directory holds the reports of
 *       an earlier run that has ended, they are removed, so a run's diffs replace the previous run's
 *       without {@code mvn clean}; the reports of a run that still runs (two builds at once) are kept;</li>
 *   <li>{@link #writeIndex()}: {@code index.html} is rebuilt from every diff report on disk, so it lists
 *       the diffs of all the run's JVMs, however many there are and in whatever order they finish.</li>
 * </ul>
 *
 * <pre>{@code
 * ReportDirectory reports = new ReportDirectory(Path.of("target/sandbox-tests/diffs"));
 * ReportFiles files = reports.write(diff, context, "VolumeDiscountTest.quotes-1");
 * Optional<Path> index = reports.writeIndex();
 * }</pre>
 */
public final class ReportDirectory {

    /** Names the run whose reports the directory holds. */
    static final String RUN_FILE = ".run";
    private static final String LOCK_FILE = ".lock";
    private static final String INDEX = "index.html";
    private static final List<String> REPORT_SUFFIXES = List.of(".json", ".html", ".txt");
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
        for (Path report : reports(true)) {
            Files.deleteIfExists(report);
        }
        writeAtomically(path.resolve(RUN_FILE), run.toString());
    }

    /**
     * Rebuilds {@code index.html} from every diff report in the directory.
     *
     * @return the index, or empty when the directory holds no diff report
     */
    public Optional<Path> writeIndex() {
        return locked(() -> {
            List<SuiteReport.Entry> entries = new ArrayList<>();
            for (Path report : reports(false)) {
                String name = report.getFileName().toString();
                if (name.endsWith(".json")) {
                    Path html = report.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".html");
                    readEntry(report, html).ifPresent(entries::add);
                }
            }
            if (entries.isEmpty()) {
                return Optional.empty();
            }
            Path index = path.resolve(INDEX);
            Path partial = path.resolve(INDEX + ".partial");
            SuiteReport.of(entries).write(partial);
            move(partial, index);
            return Optional.of(index);
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

    /** The report files in the directory, sorted by name; with the index when {@code withIndex}. */
    private List<Path> reports(boolean withIndex) throws IOException {
        List<Path> reports = new ArrayList<>();
        if (!Files.isDirectory(path)) {
            return reports;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean report = REPORT_SUFFIXES.stream().anyMatch(name::endsWith) && !name.startsWith(".");
                if (report && (withIndex || !name.equals(INDEX))) {
                    reports.add(file);
                }
            }
        }
        reports.sort(null);
        return reports;
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
