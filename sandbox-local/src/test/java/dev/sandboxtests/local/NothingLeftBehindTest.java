package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 9: a test JVM that started services as child processes dies; nothing it started is left
 * running or listening. The test JVM is {@link ChildServicesMain}, in a JVM of its own, killed once its
 * children listen: with SIGKILL the reaper's watchdog stops them, with SIGTERM the shutdown hook does
 * (and the watchdog finds nothing left). Either way the watchdog exits and the registry is empty.
 */
@Execution(ExecutionMode.CONCURRENT)
class NothingLeftBehindTest {

    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private static final Pattern CHILD = Pattern.compile("child pid=(\\d+) port=(\\d+)");
    private static final Pattern WATCHDOG = Pattern.compile("watchdog pid=(\\d+)");

    @TempDir
    Path directory;

    @Test
    void afterSigkillTheWatchdogStopsTheChildrenAndFreesTheirPorts() throws Exception {
        assertNothingLeftAfter(Process::destroyForcibly);
    }

    @Test
    void afterSigtermTheChildrenAreStoppedAndTheirPortsFreed() throws Exception {
        assertNothingLeftAfter(Process::destroy);
    }

    private void assertNothingLeftAfter(Consumer<Process> kill) throws Exception {
        Path registry = directory.resolve("reaper");
        Process main = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsandbox.reaper.directory=" + registry, "-Dsandbox.local.log-directory=" + directory.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), ChildServicesMain.class.getName())
                .redirectError(directory.resolve("main.log").toFile())
                .start();
        List<Child> children = new ArrayList<>();
        Optional<ProcessHandle> watchdog = Optional.empty();
        try (BufferedReader output = main.inputReader()) {
            for (String line = output.readLine(); line != null && !line.equals("ready"); line = output.readLine()) {
                Matcher child = CHILD.matcher(line);
                Matcher watching = WATCHDOG.matcher(line);
                if (child.matches()) {
                    children.add(new Child(ProcessHandle.of(Long.parseLong(child.group(1))).orElseThrow(),
                            Integer.parseInt(child.group(2))));
                } else if (watching.matches()) {
                    watchdog = ProcessHandle.of(Long.parseLong(watching.group(1)));
                }
            }
            assertThat(children).as("children of the killed JVM; its log:\n%s", log()).hasSize(2)
                    .allSatisfy(child -> assertThat(child.listens()).as("%s listens", child).isTrue());
            assertThat(watchdog).as("the watchdog of the killed JVM").isPresent();

            kill.accept(main);
            main.onExit().join();

            for (Child child : children) {
                eventually(child + " has stopped", () -> !child.process().isAlive());
                eventually(child + " no longer listens", () -> !child.listens());
            }
            ProcessHandle watchdogProcess = watchdog.get();
            eventually("the watchdog has exited", () -> !watchdogProcess.isAlive());
            assertThat(ownerDirectories(registry)).as("the registry's directories").isEmpty();
        } finally {
            main.destroyForcibly();
            children.forEach(child -> child.process().destroyForcibly());
        }
    }

    private record Child(ProcessHandle process, int port) {
        boolean listens() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return true;
            } catch (IOException refused) {
                return false;
            }
        }

        @Override
        public String toString() {
            return "child process " + process.pid() + " (port " + port + ")";
        }
    }

    private static List<Path> ownerDirectories(Path registry) throws IOException {
        if (!Files.exists(registry)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(registry)) {
            return entries.toList();
        }
    }

    private String log() throws IOException {
        return Files.readString(directory.resolve("main.log"));
    }

    /** Waits (without asserting on time) until {@code condition} holds; fails naming {@code what} after a generous while. */
    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + GENEROUS + ": " + what);
            }
            Thread.sleep(50);
        }
    }
}
