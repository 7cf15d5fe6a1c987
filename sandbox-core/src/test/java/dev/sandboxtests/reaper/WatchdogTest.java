package dev.sandboxtests.reaper;

import static dev.sandboxtests.reaper.Processes.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watchdog process on its own, watching an owner that the test starts and stops (a plain process
 * stands for the test JVM): it removes nothing while the owner lives, everything once it has ended,
 * and never runs past its lifetime.
 */
class WatchdogTest {

    static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path directory;
    private final Processes processes = new Processes();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private ProcessHandle ownerProcess;
    private Owner owner;
    private ProcessHandle leftover;
    private Registry registry;
    private Path entry;

    /** An owner that runs, and a leftover it registered. */
    @BeforeEach
    void registerALeftoverOfALiveOwner() throws IOException {
        ownerProcess = processes.sleeping();
        owner = Processes.ownerOf(ownerProcess);
        leftover = processes.sleeping();
        registry = new Registry(directory);
        entry = registry.write(owner, ProcessTreeRemover.leftover(leftover));
    }

    @AfterEach
    void stopProcesses() {
        processes.close();
    }

    @Test
    void whenItsOwnerEndsTheWatchdogRemovesWhatTheOwnerLeftDeletesItsDirectoryAndExits() throws Exception {
        ProcessHandle watchdog = start(Duration.ofMinutes(5));
        eventually("the watchdog has swept the registry", () -> log().contains("swept " + directory));
        assertThat(leftover.isAlive()).as("the leftover of a live owner").isTrue();

        ownerProcess.destroyForcibly();

        eventually("the leftover is stopped", () -> !leftover.isAlive());
        eventually("the owner's directory is deleted", () -> !Files.exists(registry.ownerDirectory(owner)));
        assertThat(watchdog.onExit()).as("the watchdog").succeedsWithin(Processes.GENEROUS.toSeconds(), TimeUnit.SECONDS);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aWatchdogStopsAtTheEndOfItsLifetimeAndLeavesTheEntriesToTheNextRun() throws Exception {
        ProcessHandle watchdog = start(Duration.ofSeconds(1));

        assertThat(watchdog.onExit()).as("the watchdog").succeedsWithin(Processes.GENEROUS.toSeconds(), TimeUnit.SECONDS);
        assertThat(log()).contains(owner.id() + " still runs at the end of this watchdog's lifetime");
        assertThat(entry).exists();
        assertThat(leftover.isAlive()).isTrue();
        assertThat(ownerProcess.isAlive()).isTrue();
    }

    @Test
    void aWatchdogIsOutOfReachOfWhatIsSentToTheTestJvmsProcessGroup() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "Linux's /proc tells a process's signals and session");
        ProcessHandle watchdog = start(Duration.ofMinutes(5));
        eventually("the watchdog watches", () -> log().contains("swept " + directory));

        String status = Files.readString(Path.of("/proc", Long.toString(watchdog.pid()), "status"));
        long ignored = Long.parseLong(status.lines().filter(line -> line.startsWith("SigIgn:")).findFirst().orElseThrow()
                .substring("SigIgn:".length()).trim(), 16);
        assertThat(ignored & 0b11).as("SIGHUP and SIGINT (Ctrl-C) ignored, in %s", status).isEqualTo(0b11);
        if (WatchdogProcess.detached().get(0).endsWith("setsid")) {
            String stat = Files.readString(Path.of("/proc", Long.toString(watchdog.pid()), "stat"));
            String session = stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3];
            assertThat(session).as("the watchdog's session").isEqualTo(Long.toString(watchdog.pid()));
        }
        watchdog.destroy();
    }

    private ProcessHandle start(Duration lifetime) throws IOException {
        long pid = WatchdogProcess.start(registry, owner, lifetime, JAVA, List.of(), warnings::add).pid();
        return ProcessHandle.of(pid).orElseThrow();
    }

    private String log() {
        try {
            return Files.readString(registry.ownerDirectory(owner).resolve(Registry.LOG_FILE));
        } catch (IOException e) {
            return "";
        }
    }
}
