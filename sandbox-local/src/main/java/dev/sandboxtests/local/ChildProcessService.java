package dev.sandboxtests.local;

import dev.sandboxtests.reaper.ProcessTreeRemover;
import dev.sandboxtests.reaper.Reaper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A service running as a child process, stopped with its descendants; also stopped at JVM exit, and
 * registered with the reaper so that its watchdog stops it if the JVM is killed (SIGKILL), when no
 * shutdown hook runs.
 */
final class ChildProcessService implements RunningService {

    static final int LOG_LINES_IN_MESSAGES = 20;

    /** Processes still running when the JVM exits (say, on Ctrl-C or SIGTERM) are stopped too. */
    private static final Set<ChildProcessService> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ChildProcessService::close),
                "sandbox-child-process-reaper"));
    }

    private final Process process;
    private final URI uri;
    private final Path log;
    private final Duration stopTimeout;
    private final String command;
    private final Reaper.Registration registration;

    private ChildProcessService(Process process, int port, Path log, Duration stopTimeout, String command,
            Reaper.Registration registration) {
        this.process = process;
        this.uri = URI.create("http://127.0.0.1:" + port);
        this.log = log;
        this.stopTimeout = stopTimeout;
        this.command = command;
        this.registration = registration;
    }

    /** Tracks a started process: stopped at JVM exit, and by the reaper's watchdog if the JVM is killed. */
    static ChildProcessService track(Process process, int port, Path log, Duration stopTimeout, String command,
            Reaper reaper) {
        ChildProcessService service = new ChildProcessService(process, port, log, stopTimeout, command,
                register(reaper, process, stopTimeout));
        LIVE.add(service);
        return service;
    }

    /** The registration of a running process; none if the reaper is off or the process has already ended. */
    private static Reaper.Registration register(Reaper reaper, Process process, Duration grace) {
        if (!reaper.isEnabled()) {
            return null;
        }
        try {
            return reaper.register(ProcessTreeRemover.leftover(process.toHandle(), grace));
        } catch (IllegalArgumentException e) {
            if (!process.isAlive()) {
                return null; // it ended at once, before its start instant was read: nothing to leave behind
            }
            process.destroyForcibly();
            throw e;
        }
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public Optional<String> failure() {
        if (process.isAlive()) {
            return Optional.empty();
        }
        return Optional.of("process " + process.pid() + " exited with code " + process.exitValue() + ".\n" + diagnostics());
    }

    @Override
    public String diagnostics() {
        return "Command: " + command + "\nLast log lines (" + log.toAbsolutePath() + "):\n  "
                + String.join("\n  ", LogTail.lastLines(log, LOG_LINES_IN_MESSAGES));
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        if (!LIVE.remove(this) && !process.isAlive()) {
            return;
        }
        try {
            stop();
        } finally {
            if (registration != null) {
                registration.close();
            }
        }
    }

    private void stop() {
        // Taken before the process stops: afterwards its children are re-parented, no longer its
        // descendants, and would keep running if they ignore the polite stop.
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        long deadline = System.nanoTime() + stopTimeout.toNanos();
        try {
            if (!process.waitFor(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            for (ProcessHandle descendant : descendants) {
                awaitOrKill(descendant, deadline);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    /** Gives a descendant until {@code deadline} to stop, then kills it. */
    private static void awaitOrKill(ProcessHandle descendant, long deadline) throws InterruptedException {
        try {
            descendant.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException stillRunning) {
            // A kill cannot be ignored; the process is gone once its new parent has reaped it.
            descendant.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "process " + process.pid() + " at " + uri;
    }
}
