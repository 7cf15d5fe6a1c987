package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The provider and the routing headers are chosen by settings: here JUnit configuration parameters, as
 * {@code junit-platform.properties} or Surefire would give them, so no JVM-wide state is touched.
 */
class SandboxProviderSelectionTest {

    @Test
    void anUnknownProviderIsAConfigurationErrorListingTheAvailableOnes() {
        EngineExecutionResults results = run(Map.of("sandbox.provider", "nope"), EchoScenario.class);

        assertThat(Scenarios.classFailure(results, EchoScenario.class))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("@SandboxTest on " + EchoScenario.class.getName())
                .hasMessageContaining("No sandbox provider named 'nope'")
                .hasMessageContaining("Available: local");
    }

    @Test
    void anUnknownRoutingHeaderSettingIsAConfigurationError() {
        EngineExecutionResults results = run(Map.of("sandbox.routing.headers", "carrier-pigeon"), EchoScenario.class);

        assertThat(Scenarios.classFailure(results, EchoScenario.class))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("Setting sandbox.routing.headers ('carrier-pigeon', from configuration parameter")
                .hasMessageContaining("Unknown routing header setting 'carrier-pigeon'");
    }

    @Test
    void configuredRoutingHeadersAreUsedByClientAndRouterAlike() {
        EngineExecutionResults results = run(Map.of("sandbox.routing.headers", "header:x-routing-key"),
                CustomHeaderScenario.class);

        Scenarios.assertAllSucceeded(results, 1);
    }

    private static EngineExecutionResults run(Map<String, String> configuration, Class<?> scenario) {
        return Scenarios.engine(configuration, scenario).execute();
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class EchoScenario {
        @Test
        void neverRuns() {
            throw new AssertionError("the sandbox must not be created");
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class CustomHeaderScenario {
        @Test
        void theKeyTravelsInTheConfiguredHeader(@SandboxService("echo") RequestSpecification echo, RoutingKey key) {
            JsonPath headers = echo.get("/headers").then().statusCode(200).extract().jsonPath();
            assertThat(headers.getList("'x-routing-key'")).isEqualTo(List.of(key.value()));
            assertThat(headers.getMap("$")).doesNotContainKey("baggage");

            JsonPath who = echo.get("/whoami").then().statusCode(200).extract().jsonPath();
            assertThat(who.getString("version")).as("the router reads the same header").isEqualTo("fork");
        }
    }
}
