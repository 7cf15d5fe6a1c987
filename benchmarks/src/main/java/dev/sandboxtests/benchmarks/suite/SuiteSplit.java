package dev.sandboxtests.benchmarks.suite;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A test JVM's wall time, split into parts that add up to it:
 * <pre>
 * test JVM = JVM start + baselines' start + forks' start - their overlap + other provider work + tests + after
 * </pre>
 * <ul>
 *   <li><b>JVM start</b>: from the JVM's start ({@code jdk.JVMInformation}'s {@code jvmStartTime}) to the start of
 *       JUnit's test plan; it holds the flight recorder's own start-up, Surefire's booter and JUnit's discovery
 *       (the discoveries before the test plan: tests that run engines of their own discover again, later).</li>
 *   <li><b>baselines' start</b>, <b>forks' start</b>: the wall time of the test plan covered by at least one
 *       instance start of that role (each from the launch until the router sends to the instance), with their
 *       count and summed length; <b>overlap</b> is the wall time covered by both a baseline's and a fork's start,
 *       subtracted once so that the parts add up.</li>
 *   <li><b>other provider work</b>: the wall time covered by the provider's sandbox steps (create, await ready,
 *       close, environment close) but by no instance start: planning, the shared environment's routers, what the
 *       environment's definition starts itself (the samples' Kafka broker), the sandboxes' resources, publishing
 *       routes, stopping forks and baselines.</li>
 *   <li><b>tests</b>: the test plan's wall time covered by no instance start and no sandbox step: when no class
 *       was setting up or tearing down a local sandbox. Classes run in parallel, so tests also ran during the other
 *       parts; {@link #testMethods()} says how long they took in all (JUnit's executions of type TEST, those of a
 *       test plan that a test starts itself included).</li>
 *   <li><b>after</b>: from the test plan's end to the recording's last event, written as the JVM exits.</li>
 * </ul>
 * Instance starts and steps are counted only within the test plan.
 */
record SuiteSplit(Duration jvmStart, Optional<Duration> untilRecording, Tally discovery, Tally baselines, Tally forks,
        Duration startsOverlap, Tally steps, Duration otherProviderWork, Duration tests, Duration afterPlan,
        Duration testJvm, Tally testMethods) {

    static SuiteSplit of(SuiteRecording recording) {
        Span plan = recording.testPlan();
        List<Span> baselines = Spans.within(recording.instances().stream().filter(InstanceStart::isBaseline)
                .map(InstanceStart::span).toList(), plan);
        List<Span> forks = Spans.within(recording.instances().stream().filter(InstanceStart::isFork)
                .map(InstanceStart::span).toList(), plan);
        List<Span> steps = Spans.within(recording.steps().stream().map(SandboxStep::span).toList(), plan);
        List<Span> starts = Spans.both(baselines, forks);
        Duration startsCovered = Spans.covered(starts);
        Duration providerCovered = Spans.covered(Spans.both(starts, steps));
        Tally baselineTally = Tally.of(baselines);
        Tally forkTally = Tally.of(forks);
        Instant jvmStart = recording.jvmStart();
        return new SuiteSplit(
                Duration.between(jvmStart, plan.start()),
                recording.recordingStart().map(start -> Duration.between(jvmStart, start)),
                Tally.of(Spans.within(recording.discoveries(), new Span(jvmStart, plan.start()))),
                baselineTally,
                forkTally,
                baselineTally.covered().plus(forkTally.covered()).minus(startsCovered),
                Tally.of(steps),
                providerCovered.minus(startsCovered),
                plan.length().minus(providerCovered),
                Duration.between(plan.end(), recording.lastEvent()),
                Duration.between(jvmStart, recording.lastEvent()),
                Tally.of(recording.testMethods()));
    }
}
