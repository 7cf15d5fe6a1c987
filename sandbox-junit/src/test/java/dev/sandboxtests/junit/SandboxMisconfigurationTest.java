package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.local.LocalServices;
import java.util.Map;
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
                .hasMessageContaining("@SandboxTest on " + NoForksScenario.class.getName() + " forks nothing and has no resources")
                .hasMessageContaining("set forks = @Fork(\"service\"), resources = @Resource(...) or spec = \"sandboxes/your-sandbox.yaml\"");
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
    void aResourceParameterWithoutValue() {
        assertConfigurationError(BadResourceParameterScenario.class)
                .hasMessageContaining("@SandboxTest(resources = @Resource(name = \"orders-db\")) on "
                        + BadResourceParameterScenario.class.getName())
                .hasMessageContaining("parameter 'template' is not of the form name=value");
    }

    @Test
    void aResourceWhosePluginIsNotOnTheClassPath() {
        assertConfigurationError(UnknownResourcePluginScenario.class)
                .hasMessageContaining("Resource 'orders-db' of sandbox 'unknown-resource-plugin-scenario' needs the"
                        + " resource plugin 'postgres-database', which is not on the class path")
                .hasMessageContaining("Add the module that provides it (sandbox-postgres for postgres-database)");
    }

    @Test
    void noEnvironmentForTheLocalProvider() {
        assertConfigurationError(MissingEnvironmentScenario.class)
                .hasMessageContaining("(provider 'local')")
                .hasMessageContaining("annotate it with @LocalSandbox(YourEnvironment.class)")
                .hasMessageContaining(LocalEnvironment.class.getName());
    }

    @Test
    void anEnvironmentWithoutNoArgumentConstructor() {
        assertConfigurationError(NeedsArgumentsScenario.class)
                .hasMessageContaining("@LocalSandbox(NeedsArgumentsEnvironment.class) on "
                        + NeedsArgumentsScenario.class.getName() + " cannot be created: it has no no-argument constructor")
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
                .hasMessageContaining("The sandbox extension is registered on " + ExtensionOnlyScenario.class.getName()
                        + " without @SandboxTest")
                .hasMessageContaining("annotate the class with @SandboxTest");
    }

    @Test
    void aSettingWithAnInvalidValueNamesTheSettingAndWhereItWasSet() {
        assertConfigurationError(Map.of("sandbox.ready-timeout", "soon"), EchoScenario.class)
                .hasMessageContaining("@SandboxTest on " + EchoScenario.class.getName())
                .hasMessageContaining("Setting sandbox.ready-timeout ('soon', from configuration parameter"
                        + " sandbox.ready-timeout) is invalid: 'soon' is not a duration");
    }

    @Test
    void aLocalSettingWithAnInvalidValueIsAConfigurationErrorToo() {
        assertConfigurationError(Map.of("sandbox.local.startup-timeout", "-"), EchoScenario.class)
                .hasMessageContaining("(provider 'local')")
                .hasMessageContaining("Setting sandbox.local.startup-timeout ('-', from configuration parameter");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertConfigurationError(Class<?> scenario) {
        return assertConfigurationError(Map.of(), scenario);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertConfigurationError(
            Map<String, String> configuration, Class<?> scenario) {
        EngineExecutionResults results = Scenarios.engine(configuration, scenario).execute();
        results.testEvents().assertStatistics(stats -> stats.started(0));
        return assertThat(Scenarios.classFailure(results, scenario))
                .isInstanceOf(ExtensionConfigurationException.class);
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class EchoScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest
    @LocalSandbox(EchoEnvironment.class)
    static class NoForksScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"), readyTimeout = "soon")
    @LocalSandbox(EchoEnvironment.class)
    static class BadReadyTimeoutScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"), ttl = "forever")
    @LocalSandbox(EchoEnvironment.class)
    static class BadTtlScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"), resources = @Resource(name = "orders-db", plugin = "postgres-database",
            params = "template"))
    @LocalSandbox(EchoEnvironment.class)
    static class BadResourceParameterScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"), resources = @Resource(name = "orders-db", plugin = "postgres-database"))
    @LocalSandbox(EchoEnvironment.class)
    static class UnknownResourcePluginScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork(value = "echo", env = "GREETING"))
    @LocalSandbox(EchoEnvironment.class)
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
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(NeedsArgumentsEnvironment.class)
    static class NeedsArgumentsScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(spec = "sandboxes/no-such-sandbox.yaml")
    @LocalSandbox(EchoEnvironment.class)
    static class MissingSpecScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(spec = "sandboxes/invalid-syntax.yaml")
    @LocalSandbox(EchoEnvironment.class)
    static class InvalidYamlScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("payments"))
    @LocalSandbox(EchoEnvironment.class)
    static class UnknownServiceScenario {
        @Test
        void neverRuns() {
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork(value = "echo", image = "v3"))
    @LocalSandbox(EchoEnvironment.class)
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
