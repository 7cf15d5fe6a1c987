package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider's JDK Flight Recorder events ({@link InstanceStartEvent}, {@link SandboxStepEvent}) around a real
 * local sandbox, recorded with {@link Recording} and read back from the dumped file. Recordings see the whole
 * JVM, so each test keeps only the events of its own environment.
 */
class ProviderFlightEventsTest {

    /** {@code catalog}: baseline and fork in this JVM. */
    public static final class FlightRecordedCatalog implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("catalog")
                    .baseline(context -> NamedBackend.start("baseline").asService())
                    .fork("v2", context -> NamedBackend.start("fork").asService());
        }
    }

    @LocalSandbox(FlightRecordedCatalog.class)
    static final class RecordedBench {
    }

    /** {@code catalog} again, with a fork whose launcher fails. */
    public static final class FlightRecordedBrokenFork implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("catalog")
                    .baseline(context -> NamedBackend.start("baseline").asService())
                    .fork("broken", context -> {
                        throw new IOException("this fork cannot start");
                    });
        }
    }

    @LocalSandbox(FlightRecordedBrokenFork.class)
    static final class BrokenBench {
    }

    @Test
    void aBaselineAndAForkStartAndEverySandboxStepAreRecorded(@TempDir Path directory) throws IOException {
        List<RecordedEvent> events = recordedWhile(directory, "FlightRecordedCatalog", () -> {
            try (SandboxSession session = SandboxSession.builder(RecordedBench.class)
                    .parameter("sandbox.provider", "local").build()) {
                Sandbox sandbox = session.start(SandboxSpec.builder("recorded").fork(ForkSpec.of("catalog")).build());
                assertThat(sandbox.name()).isEqualTo("recorded");
            }
        });

        assertThat(events(events, InstanceStartEvent.NAME))
                .extracting(e -> e.getString("role"), e -> e.getString("service"), e -> e.getString("variant"),
                        e -> e.getString("sandbox"), e -> e.getBoolean("ready"))
                .containsExactly(tuple("baseline", "catalog", "", "", true),
                        tuple("fork", "catalog", "v2", "recorded", true));
        assertThat(events(events, SandboxStepEvent.NAME))
                .extracting(e -> e.getString("step"), e -> e.getString("sandbox"), e -> e.getBoolean("succeeded"))
                .containsExactly(tuple("create", "recorded", true), tuple("await ready", "recorded", true),
                        tuple("close", "recorded", true), tuple("environment close", "", true));
        RecordedEvent baseline = events(events, InstanceStartEvent.NAME).get(0);
        RecordedEvent create = events(events, SandboxStepEvent.NAME).get(0);
        assertThat(baseline.getStartTime()).as("the shared baseline starts within the first sandbox's create")
                .isAfterOrEqualTo(create.getStartTime());
        assertThat(baseline.getEndTime()).isBeforeOrEqualTo(create.getEndTime());
        RecordedEvent fork = events(events, InstanceStartEvent.NAME).get(1);
        RecordedEvent awaitReady = events(events, SandboxStepEvent.NAME).get(1);
        assertThat(fork.getStartTime()).as("the fork starts within await ready")
                .isAfterOrEqualTo(awaitReady.getStartTime());
        assertThat(fork.getEndTime()).isBeforeOrEqualTo(awaitReady.getEndTime());
    }

    @Test
    void aForkThatCannotStartIsRecordedAsNotReady(@TempDir Path directory) throws IOException {
        List<RecordedEvent> events = recordedWhile(directory, "FlightRecordedBrokenFork", () -> {
            try (SandboxSession session = SandboxSession.builder(BrokenBench.class)
                    .parameter("sandbox.provider", "local").build()) {
                SandboxSpec spec = SandboxSpec.builder("broken").fork(ForkSpec.of("catalog")).build();
                assertThatThrownBy(() -> session.start(spec)).isInstanceOf(SandboxException.class)
                        .hasMessageContaining("this fork cannot start");
            }
        });

        assertThat(events(events, InstanceStartEvent.NAME))
                .extracting(e -> e.getString("role"), e -> e.getString("variant"), e -> e.getBoolean("ready"))
                .containsExactly(tuple("baseline", "", true), tuple("fork", "broken", false));
        assertThat(events(events, SandboxStepEvent.NAME))
                .extracting(e -> e.getString("step"), e -> e.getBoolean("succeeded"))
                .containsExactly(tuple("create", true), tuple("await ready", false), tuple("close", true),
                        tuple("environment close", true));
    }

    /**
     * The provider's events of {@code environment} while {@code work} ran, read from the dumped recording, in the
     * order they ended.
     */
    private static List<RecordedEvent> recordedWhile(Path directory, String environment, Runnable work)
            throws IOException {
        Path file = directory.resolve("provider.jfr");
        try (Recording recording = new Recording()) {
            recording.enable(InstanceStartEvent.NAME);
            recording.enable(SandboxStepEvent.NAME);
            recording.start();
            work.run();
            recording.stop();
            recording.dump(file);
        }
        return RecordingFile.readAllEvents(file).stream()
                .filter(event -> environment.equals(event.getString("environment")))
                .sorted((a, b) -> a.getEndTime().compareTo(b.getEndTime()))
                .toList();
    }

    private static List<RecordedEvent> events(List<RecordedEvent> events, String type) {
        return events.stream().filter(event -> event.getEventType().getName().equals(type)).toList();
    }
}
