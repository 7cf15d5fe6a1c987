package dev.sandboxtests.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a flight recording of one test JVM says about its suite: when the JVM started, JUnit's test plan (from
 * {@code org.junit.platform:junit-platform-jfr}), the local provider's instance starts and sandbox steps (from
 * sandbox-local), and the JVM's last recorded event, which a recording dumped at exit writes as the JVM ends.
 * Read with the JDK's own {@link RecordingFile}: the format is the JDK's, and so is the reader.
 *
 * @param recordingStart when the recording started (from {@code jdk.ActiveRecording}), if the file says
 * @param testPlan       the longest of the recording's test plans: the suite's own (a test that runs an engine of
 *                       its own through EngineTestKit starts no test plan, but a launcher of its own would)
 * @param testPlans      how many test plans the recording holds
 * @param testMethods    JUnit's executions of type {@code TEST}
 */
record SuiteRecording(Path file, Instant jvmStart, Optional<Instant> recordingStart, Span testPlan, int testPlans,
        List<Span> discoveries, List<InstanceStart> instances, List<SandboxStep> steps, List<Span> testMethods,
        Instant lastEvent) {

    static final String JVM_INFORMATION = "jdk.JVMInformation";
    static final String ACTIVE_RECORDING = "jdk.ActiveRecording";
    static final String TEST_PLAN_EXECUTION = "org.junit.TestPlanExecution";
    static final String LAUNCHER_DISCOVERY = "org.junit.LauncherDiscovery";
    static final String TEST_EXECUTION = "org.junit.TestExecution";
    static final String INSTANCE_START = "dev.sandboxtests.local.InstanceStart";
    static final String SANDBOX_STEP = "dev.sandboxtests.local.SandboxStep";

    /**
     * Reads {@code file}.
     *
     * @throws IllegalArgumentException when the file lacks what the split needs, saying how to record it
     */
    static SuiteRecording read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No recording at " + file.toAbsolutePath() + ": run the samples with"
                    + " -Psuite-timing first (it writes samples/target/suite-timing.jfr).");
        }
        Reading reading = new Reading();
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                reading.add(recording.readEvent());
            }
        }
        return reading.result(file);
    }

    /** Gathers the events one by one. */
    private static final class Reading {
        private Instant jvmStart;
        private Instant recordingStart;
        private Instant lastEvent = Instant.MIN;
        private final List<Span> plans = new ArrayList<>();
        private final List<Span> discoveries = new ArrayList<>();
        private final List<InstanceStart> instances = new ArrayList<>();
        private final List<SandboxStep> steps = new ArrayList<>();
        private final List<Span> testMethods = new ArrayList<>();

        void add(RecordedEvent event) {
            if (event.getEndTime().isAfter(lastEvent)) {
                lastEvent = event.getEndTime();
            }
            Span span = new Span(event.getStartTime(), event.getEndTime());
            switch (event.getEventType().getName()) {
                case JVM_INFORMATION -> jvmStart = event.getInstant("jvmStartTime");
                case ACTIVE_RECORDING -> {
                    Instant start = event.getInstant("recordingStart");
                    recordingStart = recordingStart == null || start.isBefore(recordingStart) ? start : recordingStart;
                }
                case TEST_PLAN_EXECUTION -> plans.add(span);
                case LAUNCHER_DISCOVERY -> discoveries.add(span);
                case TEST_EXECUTION -> {
                    if ("TEST".equals(event.getString("type"))) {
                        testMethods.add(span);
                    }
                }
                case INSTANCE_START -> instances.add(new InstanceStart(event.getString("role"),
                        event.getString("service"), event.getString("variant"), event.getString("sandbox"),
                        event.getString("environment"), event.getBoolean("ready"), span));
                case SANDBOX_STEP -> steps.add(new SandboxStep(event.getString("step"), event.getString("sandbox"),
                        event.getBoolean("succeeded"), span));
                default -> {
                    // Everything else the recording holds only tells when the JVM was last seen.
                }
            }
        }

        SuiteRecording result(Path file) {
            if (jvmStart == null) {
                throw new IllegalArgumentException(file + " has no " + JVM_INFORMATION + " event, so the JVM's start"
                        + " is unknown: record with settings=default (as the samples' profile suite-timing does).");
            }
            Span plan = plans.stream().max(Comparator.comparing(Span::length)).orElseThrow(() ->
                    new IllegalArgumentException(file + " has no " + TEST_PLAN_EXECUTION + " event: put"
                            + " org.junit.platform:junit-platform-jfr on the tests' class path (the samples' profile"
                            + " suite-timing does), in the version of the JUnit Platform the tests run on."));
            Comparator<InstanceStart> byStart = Comparator.comparing(instance -> instance.span().start());
            Comparator<SandboxStep> stepsByStart = Comparator.comparing(step -> step.span().start());
            return new SuiteRecording(file, jvmStart, Optional.ofNullable(recordingStart), plan, plans.size(),
                    List.copyOf(discoveries), instances.stream().sorted(byStart).toList(),
                    steps.stream().sorted(stepsByStart).toList(), List.copyOf(testMethods), lastEvent);
        }
    }
}
