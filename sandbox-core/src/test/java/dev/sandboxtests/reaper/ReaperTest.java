package dev.sandboxtests.reaper;

import static dev.sandboxtests.reaper.Processes.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.settings.SandboxSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This JVM's reaper: what registering writes, the next run's sweep of what ended runs left, and that
 * a watchdog that cannot run is said once without failing anybody.
 */
class ReaperTest {

    @TempDir
    Path directory;
    private final Processes processes = new Processes();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Owner self = Owner.current().orElseThrow();

    @AfterEach
    void stopProcesses() {
        processes.close();
    }

    @Test
    void aRunRemovesWhatAnEndedRunLeftAndLeavesWhatALiveRunHolds() throws Exception {
        ProcessHandle leftByEndedRun = processes.sleeping();
        Owner ended = processes.endedOwner();
        Path endedDirectory = writeEntry(ended, leftByEndedRun);
        ProcessHandle liveRun = processes.sleeping();
        ProcessHandle heldByLiveRun = processes.sleeping();
        Path liveDirectory = writeEntry(Processes.ownerOf(liveRun), heldByLiveRun);
        Reaper reaper = new Reaper(new Registry(directory), self, WatchdogTest.JAVA, Duration.ofMinutes(2), warnings::add);

        try (Reaper.Registration registration = reaper.register(ProcessTreeRemover.leftover(processes.sleeping()))) {
            eventually("what the ended run left is stopped", () -> !leftByEndedRun.isAlive());
            eventually("the ended run's directory is deleted", () -> !Files.exists(endedDirectory));
            eventually("the sweep is over", () -> log().contains("swept " + directory));
            assertThat(heldByLiveRun.isAlive()).as("what a live run holds").isTrue();
            assertThat(liveDirectory).isDirectoryContaining("glob:**/process-earlier.json");
            assertThat(warnings).isEmpty();
        }
    }

    @Test
    void registeringWritesAnEntryAndClosingTheRegistrationDeletesIt() throws Exception {
        Reaper reaper = new Reaper(new Registry(directory), self, Path.of("/no/such/java"), Duration.ofMinutes(2), warnings::add);
        ProcessHandle process = processes.sleeping();

        Reaper.Registration registration = reaper.register(ProcessTreeRemover.leftover(process));

        Path ownerDirectory = directory.resolve(self.id());
        List<Path> entries = Registry.entries(ownerDirectory);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.getFileName().toString()).matches("process-[0-9a-f-]{36}\\.json");
            assertThat(Files.readString(entry)).isEqualTo("{\"format\":1,\"kind\":\"process\",\"parameters\":{\"grace\":\"PT5S\","
                    + "\"pid\":\"" + process.pid() + "\",\"start\":\"" + Processes.start(process) + "\"}}");
        });
        registration.close();
        registration.close();
        assertThat(Registry.entries(ownerDirectory)).isEmpty();
    }

    @Test
    void aWatchdogThatCannotBeStartedIsSaidOnceAndRegistrationsGoOn() throws Exception {
        Reaper reaper = new Reaper(new Registry(directory), self, Path.of("/no/such/java"), Duration.ofMinutes(2), warnings::add);

        reaper.register(ProcessTreeRemover.leftover(processes.sleeping()));
        reaper.register(ProcessTreeRemover.leftover(processes.sleeping()));

        assertThat(warnings).singleElement().asString()
                .startsWith("Sandbox Tests could not start the reaper's watchdog: java.io.IOException: /no/such/java is not an"
                        + " executable file. What this JVM starts is still stopped when it ends normally, but not if it is killed;")
                .contains("the next run removes what is left then")
                .endsWith("turn the reaper off with sandbox.reaper.enabled=false (SANDBOX_REAPER_ENABLED=false).");
        assertThat(Registry.entries(directory.resolve(self.id()))).as("entries for the next run").hasSize(2);
    }

    @Test
    void aWatchdogThatExitsAtOnceIsSaidWithTheEndOfItsLog() throws Exception {
        Reaper reaper = new Reaper(new Registry(directory), self, Path.of("/bin/false"), Duration.ofMinutes(2), warnings::add);

        reaper.register(ProcessTreeRemover.leftover(processes.sleeping()));

        eventually("the failure is said", () -> !warnings.isEmpty());
        assertThat(warnings).singleElement().asString()
                .startsWith("Sandbox Tests could not start the reaper's watchdog: the watchdog process exited with code 1;"
                        + " its log " + directory.resolve(self.id()).resolve(Registry.LOG_FILE) + " ends with:")
                .contains("sandbox.reaper.enabled=false");
    }

    @Test
    void turnedOffTheReaperWritesNothingAndStartsNothing() throws IOException {
        Reaper reaper = Reaper.forSettings(SandboxSettings.withParameters(Map.of(
                "sandbox.reaper.enabled", "false", "sandbox.reaper.directory", directory.toString())));

        reaper.register(ProcessTreeRemover.leftover(processes.sleeping())).close();

        assertThat(reaper.isEnabled()).isFalse();
        assertThat(reaper).isSameAs(Reaper.disabled());
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void thereIsOneReaperPerJvmAndDirectory() {
        SandboxSettings here = SandboxSettings.withParameters(Map.of("sandbox.reaper.directory", directory.toString()));
        SandboxSettings hereToo = SandboxSettings.withParameters(Map.of("sandbox.reaper.directory", directory + "/./"));
        SandboxSettings elsewhere = SandboxSettings.withParameters(Map.of("sandbox.reaper.directory", directory.resolve("other").toString()));

        assertThat(Reaper.forSettings(here)).isSameAs(Reaper.forSettings(hereToo)).isNotSameAs(Reaper.forSettings(elsewhere));
        assertThat(Reaper.forSettings(here).isEnabled()).isTrue();
    }

    @Test
    void aKindThatNoRemoverKnowsIsRefusedAtOnce() {
        Reaper reaper = new Reaper(new Registry(directory), self, Path.of("/no/such/java"), Duration.ofMinutes(2), warnings::add);

        assertThatThrownBy(() -> reaper.register(Leftover.of("kafka-consumer-group", Map.of("group", "orders"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No LeftoverRemover of kind 'kafka-consumer-group' is on the class path (there are [process])."
                        + " List one in META-INF/services/dev.sandboxtests.reaper.LeftoverRemover of the module that"
                        + " creates such resources.");
        assertThatThrownBy(() -> Reaper.disabled().register(Leftover.of("kafka-consumer-group", Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** An entry as an earlier run wrote it, by hand, so that the format on disk is pinned. */
    private Path writeEntry(Owner owner, ProcessHandle process) throws IOException {
        Path ownerDirectory = Files.createDirectories(directory.resolve(owner.pid() + "-" + owner.startMillis()));
        Files.writeString(ownerDirectory.resolve("process-earlier.json"), "{\"format\":1,\"kind\":\"process\",\"parameters\":"
                + "{\"pid\":\"" + process.pid() + "\",\"start\":\"" + Processes.start(process) + "\",\"grace\":\"PT1S\"}}");
        return ownerDirectory;
    }

    private String log() {
        try {
            return Files.readString(directory.resolve(self.id()).resolve(Registry.LOG_FILE));
        } catch (IOException e) {
            return "";
        }
    }
}
