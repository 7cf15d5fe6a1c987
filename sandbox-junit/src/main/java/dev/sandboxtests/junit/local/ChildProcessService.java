package dev.sandboxtests.junit.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** A service running as a child process, stopped with its descendants; also stopped at JVM exit. */
final class ChildProcessService implements RunningService {

    static final int LOG_LINES_IN_MESSAGES = 20;

    /** Safety net: processes still running when the JVM exits (say, on Ctrl-C) are stopped too. */
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

    private ChildProcessService(Process process, int port, Path log, Duration stopTimeout, String command) {
        this.process = process;
        this.uri = URI.create("http://127.0.0.1:" + port);
        this.log = log;
        this.stopTimeout = stopTimeout;
        this.command = command;
    }

    static ChildProcessService track(Process process, int port, Path log, Duration stopTimeout, String command) {
        ChildProcessService service = new ChildProcessService(process, port, log, stopTimeout, command);
        LIVE.add(service);
        return service;
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
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "process " + process.pid() + " at " + uri;
    }
}
