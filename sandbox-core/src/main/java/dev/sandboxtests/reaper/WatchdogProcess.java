package dev.sandboxtests.reaper;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Starts the {@link Watchdog} of this JVM and keeps it: the watchdog's standard input is a pipe from
 * this JVM, which stays open while this object lives (as long as the JVM, from {@link Reaper}) and
 * closes when the JVM ends however it ends, which is how the watchdog learns of it at once.
 *
 * <p>On Unix the watchdog runs in a session of its own ({@code setsid}, where there is one) and
 * ignores SIGINT and SIGHUP (a JVM keeps a signal ignored that it inherits ignored): Ctrl-C in a
 * terminal and a CI job's timeout signal the whole process group, and the watchdog must outlive the
 * test JVM to do its job.
 */
final class WatchdogProcess {

    private static final List<String> SMALL_JVM = List.of("-Xmx32m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");
    private static final int LOG_LINES_IN_MESSAGES = 20;

    private final Process process;

    private WatchdogProcess(Process process) {
        this.process = process;
    }

    /**
     * Starts the watchdog of {@code owner}; a watchdog that exits before it watches is reported to
     * {@code warnings} (asynchronously, so that registering does not wait for a JVM to start).
     *
     * @param java     the {@code java} executable
     * @param removers whose classes the watchdog's class path must have besides this JVM's class path
     * @throws IOException if the process cannot be started
     */
    static WatchdogProcess start(Registry registry, Owner owner, Duration lifetime, Path java, List<Class<?>> removers,
            Consumer<String> warnings) throws IOException {
        if (!Files.isExecutable(java)) {
            throw new IOException(java + " is not an executable file");
        }
        Path directory = Files.createDirectories(registry.ownerDirectory(owner));
        Path log = directory.resolve(Registry.LOG_FILE);
        List<String> command = new ArrayList<>(detached());
        command.add(java.toString());
        command.addAll(SMALL_JVM);
        command.addAll(List.of("-cp", classPath(removers), Watchdog.class.getName(),
                registry.directory().toString(), owner.id(), lifetime.toString()));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Thread handshake = new Thread(() -> awaitWatching(process, owner, log, warnings), "sandbox-reaper-handshake");
        handshake.setDaemon(true);
        handshake.start();
        return new WatchdogProcess(process);
    }

    long pid() {
        return process.pid();
    }

    /** The command prefix that detaches the watchdog from the test JVM's signals, on Unix. */
    static List<String> detached() {
        Path shell = Path.of("/bin/sh");
        if (!Files.isExecutable(shell)) {
            return List.of();
        }
        List<String> prefix = new ArrayList<>();
        onPath("setsid").ifPresent(setsid -> prefix.add(setsid.toString()));
        prefix.addAll(List.of(shell.toString(), "-c", "trap '' INT HUP; exec \"$0\" \"$@\""));
        return prefix;
    }

    /** This JVM's class path, and where the classes the watchdog needs come from if it lacks them. */
    static String classPath(List<Class<?>> removers) {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path", "").split(File.pathSeparator)));
        Stream.concat(Stream.of(Watchdog.class, ObjectMapper.class, JsonFactory.class, JsonCreator.class), removers.stream())
                .map(WatchdogProcess::location).flatMap(Optional::stream).forEach(entries::add);
        entries.remove("");
        return String.join(File.pathSeparator, entries);
    }

    private static Optional<String> location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException notAFile) {
            return Optional.empty();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, program)).filter(Files::isExecutable).findFirst();
    }

    private static void awaitWatching(Process process, Owner owner, Path log, Consumer<String> warnings) {
        String line;
        try (BufferedReader output = process.inputReader()) {
            line = output.readLine();
        } catch (IOException e) {
            line = null;
        }
        if (line != null && line.equals(Watchdog.WATCHING + owner.id())) {
            return;
        }
        String exit;
        try {
            exit = process.waitFor(10, TimeUnit.SECONDS) ? "exited with code " + process.exitValue() : "did not say it watches";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = "did not say it watches";
        }
        warnings.accept(Reaper.cannotWatch("the watchdog process " + exit + "; its log " + log + " ends with:\n  "
                + String.join("\n  ", lastLines(log))));
    }

    private static List<String> lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_MESSAGES), lines.size());
        } catch (IOException e) {
            return List.of("(unreadable: " + e + ")");
        }
    }
}
