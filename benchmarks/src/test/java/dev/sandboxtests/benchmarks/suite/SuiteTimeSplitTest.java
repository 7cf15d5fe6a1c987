package dev.sandboxtests.benchmarks.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jdk.jfr.Configuration;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The split read back from a real flight recording made here: events of the names sandbox-local and
 * junit-platform-jfr write, emitted in a known order (two baselines overlapping each other, a fork overlapping the
 * second baseline, one baseline before the test plan), then dumped and read with {@link SuiteRecording}. Each part
 * is checked against the recorded start and end times of the events, computed here by hand.
 */
class SuiteTimeSplitTest {

    @Name(SuiteRecording.TEST_PLAN_EXECUTION)
    static final class TestPlanEvent extends Event {
    }

    @Name(SuiteRecording.LAUNCHER_DISCOVERY)
    static final class DiscoveryEvent extends Event {
    }

    @Name(SuiteRecording.TEST_EXECUTION)
    static final class TestEvent extends Event {
        String type = "TEST";
    }

    @Name(SuiteRecording.INSTANCE_START)
    static final class InstanceEvent extends Event {
        String role;
        String service;
        String variant = "";
        String sandbox = "";
        String environment = "Shop";
        boolean ready = true;

        InstanceEvent(String role, String service) {
            this.role = role;
            this.service = service;
        }
    }

    @Name(SuiteRecording.SANDBOX_STEP)
    static final class StepEvent extends Event {
        String step;
        String sandbox = "recorded";
        boolean succeeded = true;

        StepEvent(String step) {
            this.step = step;
        }
    }

    @Test
    void thePartsFollowTheRecordedEventsAndAddUpToTheTestJvm(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("suite.jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("default"))) {
            recording.start();
            InstanceEvent early = begin(new InstanceEvent("baseline", "before-the-plan"));
            commit(early);
            TestPlanEvent plan = begin(new TestPlanEvent());
            commit(begin(new DiscoveryEvent()));
            StepEvent create = begin(new StepEvent("create"));
            InstanceEvent pricing = begin(new InstanceEvent("baseline", "pricing"));
            InstanceEvent orders = begin(new InstanceEvent("baseline", "orders"));
            commit(pricing);
            commit(create);
            StepEvent awaitReady = begin(new StepEvent("await ready"));
            InstanceEvent fork = begin(new InstanceEvent("fork", "pricing"));
            commit(orders);
            commit(fork);
            commit(awaitReady);
            TestEvent test = begin(new TestEvent());
            commit(test);
            commit(plan);
            recording.stop();
            recording.dump(file);
        }

        SuiteRecording recording = SuiteRecording.read(file);
        SuiteSplit split = SuiteSplit.of(recording);

        Span pricing = instance(recording, "baseline", "pricing");
        Span orders = instance(recording, "baseline", "orders");
        Span fork = instance(recording, "fork", "pricing");
        Span create = step(recording, "create");
        Span awaitReady = step(recording, "await ready");
        Span plan = recording.testPlan();
        assertThat(recording.instances()).hasSize(4);
        assertThat(split.baselines().count()).as("the baseline before the test plan is left out").isEqualTo(2);
        assertThat(split.baselines().summed()).isEqualTo(pricing.length().plus(orders.length()));
        assertThat(split.baselines().covered()).isEqualTo(Duration.between(pricing.start(), orders.end()))
                .isLessThan(split.baselines().summed());
        assertThat(split.forks().covered()).isEqualTo(fork.length());
        assertThat(split.startsOverlap()).isEqualTo(Duration.between(fork.start(), orders.end())).isPositive();
        // create starts before the first baseline; await ready ends after the fork; the orders baseline spans both.
        Duration startsCovered = Duration.between(pricing.start(), fork.end());
        Duration providerCovered = Duration.between(create.start(), awaitReady.end());
        assertThat(split.otherProviderWork()).isEqualTo(providerCovered.minus(startsCovered)).isPositive();
        assertThat(split.tests()).isEqualTo(plan.length().minus(providerCovered)).isPositive();
        assertThat(split.jvmStart()).isEqualTo(Duration.between(recording.jvmStart(), plan.start()));
        assertThat(split.testMethods().count()).isEqualTo(1);
        assertThat(split.discovery().count()).as("the discovery inside the test plan is not the JVM's start").isZero();
        assertThat(split.jvmStart().plus(split.baselines().covered()).plus(split.forks().covered())
                .minus(split.startsOverlap()).plus(split.otherProviderWork()).plus(split.tests())
                .plus(split.afterPlan()))
                .isEqualTo(split.testJvm())
                .isEqualTo(Duration.between(recording.jvmStart(), recording.lastEvent()));

        String markdown = SplitReport.markdown(recording, split, Optional.of(split.testJvm().plusSeconds(20)));
        assertThat(markdown)
                .contains("| baselines' start (wall time covered by at least one) | "
                        + SplitReport.seconds(split.baselines().covered()) + " | ")
                .contains("| Maven's own part: the command's wall time less the test JVM's | 20.000 |")
                .contains("| fork | pricing |  |  | Shop | ")
                .contains("| baseline | pricing |  | 1 | " + SplitReport.seconds(pricing.length()) + " | ");
    }

    @Test
    void aRecordingWithoutJUnitsEventsSaysWhatToPutOnTheClassPath(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("no-junit.jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("default"))) {
            recording.start();
            commit(begin(new InstanceEvent("baseline", "pricing")));
            recording.stop();
            recording.dump(file);
        }

        assertThatThrownBy(() -> SuiteRecording.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no org.junit.TestPlanExecution event: put"
                        + " org.junit.platform:junit-platform-jfr on the tests' class path");
        assertThatThrownBy(() -> SuiteRecording.read(directory.resolve("absent.jfr")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run the samples with -Psuite-timing first");
    }

    private static Span instance(SuiteRecording recording, String role, String service) {
        return recording.instances().stream()
                .filter(instance -> instance.role().equals(role) && instance.service().equals(service))
                .findFirst().orElseThrow().span();
    }

    private static Span step(SuiteRecording recording, String name) {
        return recording.steps().stream().filter(step -> step.step().equals(name)).findFirst().orElseThrow().span();
    }

    /** Begins the event once the clock has moved on, so that no two recorded instants coincide. */
    private static <E extends Event> E begin(E event) throws InterruptedException {
        Thread.sleep(5);
        event.begin();
        return event;
    }

    private static void commit(Event event) throws InterruptedException {
        Thread.sleep(5);
        event.commit();
    }
}
