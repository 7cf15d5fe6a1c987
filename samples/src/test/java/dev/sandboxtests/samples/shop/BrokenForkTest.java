package dev.sandboxtests.samples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.Scenario;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.provider.SandboxException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A fork that cannot start, or a fork of a service that does not exist, fails the class clearly. The scenarios
 * run in JUnit runs of their own, on the shop without its Kafka consumers ({@link ShopEnvironment.WithoutConsumers}).
 */
class BrokenForkTest {

    @Test
    void aForkThatExitsFailsTheClassWithItsExitCodeAndLastLogLines() {
        List<Long> before = pricingProcesses();

        EngineExecutionResults results = run(MisconfiguredForkScenario.class);

        Throwable failure = classFailure(results);
        assertThat(failure).isInstanceOf(SandboxException.class);
        assertThat(failure.getMessage())
                .contains("fork 'misconfigured' of service 'pricing' in sandbox 'misconfigured-fork-scenario'")
                .contains("exited with code 2")
                .contains("pricing: cannot start: unknown rule set 'no-such-rules'");
        results.testEvents().assertStatistics(stats -> stats.started(0));
        assertThat(pricingProcesses()).as("pricing processes left running").isEqualTo(before);
    }

    @Test
    void aForkOfAnUnknownServiceIsAConfigurationErrorNamingTheKnownServices() {
        Throwable failure = classFailure(run(UnknownServiceScenario.class));

        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("Unknown service 'payments'")
                .hasMessageContaining("pricing, orders");
    }

    @Test
    void anUndeclaredVariantNamesTheDeclaredOnes() {
        Throwable failure = classFailure(run(UnknownVariantScenario.class));

        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("no fork variant 'free-shipping'")
                .hasMessageContaining("discount-rule, misconfigured");
    }

    private static EngineExecutionResults run(Class<?> scenario) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(Scenario.RUN_PARAMETER, "true")
                .selectors(selectClass(scenario))
                .execute();
    }

    private static Throwable classFailure(EngineExecutionResults results) {
        return results.containerEvents().failed().stream()
                .map(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow())
                .map(result -> result.getThrowable().orElseThrow())
                .findFirst().orElseThrow(() -> new AssertionError("the scenario class did not fail"));
    }

    private static List<Long> pricingProcesses() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("PricingMain"))
                .map(ProcessHandle::pid).sorted().toList();
    }

    @SandboxTest(forks = @Fork(value = "pricing", image = "misconfigured"))
    @LocalSandbox(ShopEnvironment.WithoutConsumers.class)
    @Scenario
    static class MisconfiguredForkScenario {
        @Test
        void neverRuns() {
            throw new AssertionError("the sandbox should not have started");
        }
    }

    @SandboxTest(forks = @Fork("payments"))
    @LocalSandbox(ShopEnvironment.WithoutConsumers.class)
    @Scenario
    static class UnknownServiceScenario {
        @Test
        void neverRuns() {
            throw new AssertionError("the sandbox should not have started");
        }
    }

    @SandboxTest(forks = @Fork(value = "pricing", image = "free-shipping"))
    @LocalSandbox(ShopEnvironment.WithoutConsumers.class)
    @Scenario
    static class UnknownVariantScenario {
        @Test
        void neverRuns() {
            throw new AssertionError("the sandbox should not have started");
        }
    }
}
