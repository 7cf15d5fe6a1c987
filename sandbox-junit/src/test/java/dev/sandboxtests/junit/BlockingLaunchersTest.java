package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.local.LocalServices;
import dev.sandboxtests.provider.SandboxException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A launcher that never returns cannot hang the build: the fork's start is bounded by the sandbox's
 * ready timeout, a baseline's by the local provider's start-up timeout, and the class fails saying who
 * was stuck where. The timeout here only bounds the test if that promise is broken.
 */
@Timeout(60)
class BlockingLaunchersTest {

    /** {@code echo}, whose fork variant {@code stuck} blocks in its launcher forever. */
    public static final class StuckForkEnvironment implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("echo")
                    .baseline(context -> EchoService.start("baseline", context))
                    .fork("stuck", context -> {
                        Thread.sleep(Long.MAX_VALUE);
                        return null;
                    });
        }
    }

    /** {@code echo}, whose baseline blocks in its launcher forever. */
    public static final class StuckBaselineEnvironment implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("echo")
                    .baseline(context -> {
                        Thread.sleep(Long.MAX_VALUE);
                        return null;
                    })
                    .fork("v2", context -> EchoService.start("fork", context));
        }
    }

    @Test
    void aForkWhoseLauncherNeverReturnsFailsTheClassWithinTheReadyTimeout() {
        EngineExecutionResults results = Scenarios.run(StuckForkScenario.class);

        assertThat(Scenarios.classFailure(results, StuckForkScenario.class))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("The fork 'stuck' of service 'echo' in sandbox 'stuck-fork-scenario' did not"
                        + " start within 2 s")
                .hasMessageContaining("at java.lang.Thread.sleep(Native Method)")
                .hasMessageContaining("raise @SandboxTest(readyTimeout) or sandbox.ready-timeout");
    }

    @Test
    void aBaselineWhoseLauncherNeverReturnsFailsWithinTheStartupTimeout() {
        EngineExecutionResults results = Scenarios.engine(Map.of("sandbox.local.startup-timeout", "2s"),
                StuckBaselineScenario.class).execute();

        assertThat(Scenarios.classFailure(results, StuckBaselineScenario.class))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("The baseline of 'echo'")
                .hasMessageContaining("did not start within 2 s")
                .hasMessageContaining("raise sandbox.local.startup-timeout");
    }

    @Scenario
    @SandboxTest(forks = @Fork(value = "echo", image = "stuck"), readyTimeout = "2s")
    @LocalSandbox(StuckForkEnvironment.class)
    static class StuckForkScenario {
        @Test
        void neverRuns() {
            throw new AssertionError("the sandbox must not be ready");
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(StuckBaselineEnvironment.class)
    static class StuckBaselineScenario {
        @Test
        void neverRuns() {
            throw new AssertionError("the sandbox must not be ready");
        }
    }
}
