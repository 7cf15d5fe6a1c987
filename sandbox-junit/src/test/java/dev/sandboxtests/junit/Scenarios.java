package dev.sandboxtests.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs {@code @SandboxTest} scenario classes (static nested classes, which surefire does not run by
 * itself) on the Jupiter engine, as a build would, and reads what happened.
 */
final class Scenarios {

    private Scenarios() {
    }

    /** Runs the classes in one engine run (so they share one local environment), one after another. */
    static EngineExecutionResults run(Class<?>... scenarios) {
        return engine(Map.of(), scenarios).execute();
    }

    /** An engine run with these configuration parameters, and not those of this module's class path. */
    static EngineTestKit.Builder engine(Map<String, String> configuration, Class<?>... scenarios) {
        return EngineTestKit.engine("junit-jupiter")
                .enableImplicitConfigurationParameters(false)
                .configurationParameters(configuration)
                .configurationParameter(Scenario.RUN_PARAMETER, "true")
                .selectors(Arrays.stream(scenarios).map(c -> selectClass(c)).toArray(DiscoverySelector[]::new));
    }

    /** Why the scenario class failed as a whole (in set-up or tear-down). */
    static Throwable classFailure(EngineExecutionResults results, Class<?> scenario) {
        return results.containerEvents().failed().stream()
                .filter(event -> source(event) instanceof ClassSource source && source.getJavaClass() == scenario)
                .map(Scenarios::throwable)
                .findFirst()
                .orElseThrow(() -> new AssertionError(scenario.getSimpleName() + " did not fail as a class"));
    }

    /** Why the test method {@code name} failed. */
    static Throwable testFailure(EngineExecutionResults results, String name) {
        return results.testEvents().failed().stream()
                .filter(event -> source(event) instanceof MethodSource source && source.getMethodName().equals(name))
                .map(Scenarios::throwable)
                .findFirst()
                .orElseThrow(() -> new AssertionError("test " + name + " did not fail"));
    }

    /** Fails, with the scenarios' own failures, unless exactly {@code tests} tests ran and all succeeded. */
    static void assertAllSucceeded(EngineExecutionResults results, int tests) {
        List<Throwable> failures = results.allEvents().failed().stream().map(Scenarios::throwable).toList();
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError(failures.size() + " scenario failure(s), the first: "
                    + failures.get(0));
            failures.forEach(error::addSuppressed);
            throw error;
        }
        results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    /** Every report entry published during the run. */
    static List<Map<String, String>> reportEntries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .toList();
    }

    private static TestSource source(Event event) {
        return event.getTestDescriptor().getSource().orElse(null);
    }

    private static Throwable throwable(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class).getThrowable()
                .orElseThrow(() -> new AssertionError("no exception in " + event));
    }
}
