package dev.sandboxtests.reaper;

import static dev.sandboxtests.reaper.Processes.GENEROUS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The built-in kind {@code process}: the whole tree goes, stubborn members too, and a pid that now
 * belongs to another process is never touched.
 */
class ProcessTreeRemoverTest {

    private final Processes processes = new Processes();
    private final ProcessTreeRemover remover = new ProcessTreeRemover();

    @AfterEach
    void stopProcesses() {
        processes.close();
    }

    @Test
    void aLeftoverIsThePidTheStartInstantAndTheGracePeriod() {
        ProcessHandle process = processes.sleeping();

        Leftover leftover = ProcessTreeRemover.leftover(process, Duration.ofSeconds(3));

        assertThat(leftover.kind()).isEqualTo("process");
        assertThat(leftover.parameters()).containsExactly(Map.entry("grace", "PT3S"),
                Map.entry("pid", Long.toString(process.pid())), Map.entry("start", Processes.start(process).toString()));
    }

    @Test
    void aProcessThatStartedAtAnotherInstantIsNeverTouched() throws Exception {
        ProcessHandle process = processes.sleeping();
        for (Instant otherStart : new Instant[] {Processes.start(process).minusMillis(10), Processes.start(process).plusSeconds(1)}) {
            Map<String, String> parameters = new HashMap<>(ProcessTreeRemover.leftover(process).parameters());
            parameters.put("start", otherStart.toString());

            remover.remove(Leftover.of("process", parameters));

            assertThat(process.isAlive()).as("the process of pid %d, said to start at %s", process.pid(), otherStart).isTrue();
        }
    }

    @Test
    void theProcessAndItsDescendantsAreStoppedEvenWhenTheyIgnoreAPoliteStop() throws Exception {
        // The shell and its sleeping child both ignore SIGTERM (an ignored signal is inherited).
        Process shell = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 300 & echo $!; wait").start();
        ProcessHandle child;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8))) {
            child = ProcessHandle.of(Long.parseLong(output.readLine().trim())).orElseThrow();
            try {
                remover.remove(ProcessTreeRemover.leftover(shell.toHandle(), Duration.ofMillis(200)));

                assertThat(shell.onExit()).as("the shell").succeedsWithin(GENEROUS.toSeconds(), TimeUnit.SECONDS);
                assertThat(child.onExit()).as("its child").succeedsWithin(GENEROUS.toSeconds(), TimeUnit.SECONDS);
            } finally {
                child.destroyForcibly();
                shell.destroyForcibly();
            }
        }
    }

    @Test
    void aProcessThatHasEndedIsNothingToDo() throws Exception {
        ProcessHandle process = processes.sleeping();
        Leftover leftover = ProcessTreeRemover.leftover(process);
        process.destroyForcibly();
        process.onExit().join();

        remover.remove(leftover);
        remover.remove(leftover);
    }

    @Test
    void thisKindIsFoundOnTheClassPath() {
        assertThat(Removers.load(getClass().getClassLoader()).forKind("process")).get().isInstanceOf(ProcessTreeRemover.class);
    }
}
