package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.junit.local.LocalEnvironment;
import dev.sandboxtests.junit.local.LocalServices;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A misconfigured {@code @SandboxTest} fails its class before anything starts, with an
 * {@code ExtensionConfigurationException} whose message names the attribute and says what to do.
 */
class SandboxMisconfigurationTest {

    @Test
    void aSandboxThatForksNothing() {
        assertConfigurationError(NoForksScenario.class)
                .hasMessageContaining("@SandboxTest on " + NoForksScenario.class.getName() + " forks nothing")
                .hasMessageContaining("set forks = @Fork(\"service\") or spec = \"sandboxes/your-sandbox.yaml\"");
    }

    @Test
    void aReadyTimeoutThatIsNoDuration() {
        assertConfigurationError(BadReadyTimeoutScenario.class)
                .hasMessageContaining("@SandboxTest(readyTimeout = \"soon\") on " + BadReadyTimeoutScenario.class.getName())
                .hasMessageContaining("'soon' is not a duration")
                .hasMessageContaining("30s, 10m, 2h");
    }

    @Test
    void aTtlThatIsNoDuration() {
        assertConfigurationError(BadTtlScenario.class)
                .hasMessageContaining("@SandboxTest(ttl = \"forever\")")
                .hasMessageContaining("'forever' is not a duration");
    }

    @Test
    void anEnvironmentEntryWithoutValue() {
        assertConfigurationError(BadEnvEntryScenario.class)
                .hasMessageContaining("@SandboxTest(forks = @Fork(\"echo\"))")
                .hasMessageContaining("env entry 'GREETING' is not of the form NAME=value");
    }

    @Test
    void noEnvironmentForTheLocalProvider() {
        assertConfigurationError(MissingEnvironmentScenario.class)
                .hasMessageContaining("(provider 'local')")
                .hasMessageContaining("set @SandboxTest(environment = YourEnvironment.class)")
                .hasMessageContaining(LocalEnvironment.class.getName());
    }

    @Test
    void anEnvironmentWithoutNoArgumentConstructor() {
        assertConfigurationError(NeedsArgumentsScenario.class)
                .hasMessageContaining("@SandboxTest(environment = NeedsArgumentsEnvironment.class) on "
                        + NeedsArgumentsScenario.class.getName() + " cannot be created")
                .hasMessageContaining("Give it a public no-argument constructor");
    }

    @Test
    void aSpecResourceThatIsNotOnTheClassPath() {
        assertConfigurationError(MissingSpecScenario.class)
                .hasMessageContaining("@SandboxTest(spec = \"sandboxes/no-such-sandbox.yaml\")")
                .hasMessageContaining("is not on the class path")
                .hasMessageContaining("src/test/resources/sandboxes/no-such-sandbox.yaml");
    }

    @Test
    void aSpecThatIsNotValidYamlNamesTheLine() {
        assertConfigurationError(InvalidYamlScenario.class)
                .hasMessageContaining("@SandboxTest(spec = \"sandboxes/invalid-syntax.yaml\")")
                .hasMessageContaining("classpath:sandboxes/invalid-syntax.yaml:7:");
    }

    @Test
    void aForkOfAnUnknownServiceNamesTheKnownOnes() {
        assertConfigurationError(UnknownServiceScenario.class)
                .hasMessageContaining("Unknown service 'payments'")
                .hasMessageContaining("EchoEnvironment declares echo");
    }

    @Test
    void anUndeclaredVariantNamesTheDeclaredOnes() {
        assertConfigurationError(UnknownVariantScenario.class)
                .hasMessageContaining("Service 'echo' has no fork variant 'v3'")
                .hasMessageContaining("Declared variants: v2");
    }

    @Test
    void theExtensionWithoutTheAnnotation() {
        assertConfigurationError(ExtensionOnlyScenario.class)
                .hasMessageContaining("SandboxExtension is registered on " + ExtensionOnlyScenario.class.getName()
                        + " without @SandboxTest")
                .hasMessageContaining("annotate the class with @SandboxTest");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertConfigurationError(Class<?> scenario) {
        EngineExecutionResults results = Scenarios.run(scenario);
        results.testEvents().assertStatistics(stats -> stats.started(0));
        return assertThat(Scenarios.classFailure(results, scenario))
                .isInstanceOf(ExtensionConfigurationException.class);
    }

    @Scenario
    @SandboxTest(environment = EchoEnvironment.class)
    static class NoForksScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(environment = EchoEnvironment.class, forks = @Fork("echo"), readyTimeout = "soon")
    static class BadReadyTimeoutScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(environment = EchoEnvironment.class, forks = @Fork("echo"), ttl = "forever")
    static class BadTtlScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(environment = EchoEnvironment.class, forks = @Fork(value = "echo", env = "GREETING"))
    static class BadEnvEntryScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    static class MissingEnvironmentScenario {
        @Test
        void neverRuns() {
        }
    }

    /** Cannot be created by the extension: its only constructor takes an argument. */
    static final class NeedsArgumentsEnvironment implements LocalEnvironment {
        NeedsArgumentsEnvironment(String name) {
        }

        @Override
        public void define(LocalServices services) {
        }
    }

    @Scenario
    @SandboxTest(environment = NeedsArgumentsEnvironment.class, forks = @Fork("echo"))
    static class NeedsArgumentsScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(environment = EchoEnvironment.class, spec = "sandboxes/no-such-sandbox.yaml")
    static class MissingSpecScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(environment = EchoEnvironment.class, spec = "sandboxes/invalid-syntax.yaml")
    static class InvalidYamlScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(environment = EchoEnvironment.class, forks = @Fork("payments"))
    static class UnknownServiceScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(environment = EchoEnvironment.class, forks = @Fork(value = "echo", image = "v3"))
    static class UnknownVariantScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @ExtendWith(SandboxExtension.class)
    static class ExtensionOnlyScenario {
        @Test
        void neverRuns() {
        }
    }
}
