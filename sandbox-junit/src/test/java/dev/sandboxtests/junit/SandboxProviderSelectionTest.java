package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.provider.SandboxProviders;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The provider and the routing headers are chosen by system properties, read when a sandbox is
 * created. These tests set them, so they run alone ({@code @Isolated}) and restore them.
 */
@Isolated
class SandboxProviderSelectionTest {

    @Test
    void anUnknownProviderIsAConfigurationErrorListingTheAvailableOnes() {
        EngineExecutionResults results = withProperty(SandboxProviders.PROPERTY, "nope",
                () -> Scenarios.run(EchoScenario.class));

        assertThat(Scenarios.classFailure(results, EchoScenario.class))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("@SandboxTest on " + EchoScenario.class.getName())
                .hasMessageContaining("No sandbox provider named 'nope'")
                .hasMessageContaining("Available: local");
    }

    @Test
    void anUnknownRoutingHeaderSettingIsAConfigurationError() {
        EngineExecutionResults results = withProperty(RoutingHeaders.CONFIGURATION_PROPERTY, "carrier-pigeon",
                () -> Scenarios.run(EchoScenario.class));

        assertThat(Scenarios.classFailure(results, EchoScenario.class))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("Unknown routing header setting 'carrier-pigeon'");
    }

    @Test
    void configuredRoutingHeadersAreUsedByClientAndRouterAlike() {
        EngineExecutionResults results = withProperty(RoutingHeaders.CONFIGURATION_PROPERTY, "header:x-routing-key",
                () -> Scenarios.run(CustomHeaderScenario.class));

        Scenarios.assertAllSucceeded(results, 1);
    }

    private static EngineExecutionResults withProperty(String name, String value,
            java.util.function.Supplier<EngineExecutionResults> run) {
        String before = System.getProperty(name);
        System.setProperty(name, value);
        try {
            return run.get();
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }

    @Scenario
    @SandboxTest(environment = EchoEnvironment.class, forks = @Fork("echo"))
    static class EchoScenario {
        @Test
        void neverRuns() {
            throw new AssertionError("the sandbox must not be created");
        }
    }

    @Scenario
    @SandboxTest(environment = EchoEnvironment.class, forks = @Fork("echo"))
    static class CustomHeaderScenario {
        @Test
        void theKeyTravelsInTheConfiguredHeader(RequestSpecification echo, RoutingKey key) {
            JsonPath headers = echo.get("/headers").then().statusCode(200).extract().jsonPath();
            assertThat(headers.getList("'x-routing-key'")).isEqualTo(List.of(key.value()));
            assertThat(headers.getMap("$")).doesNotContainKey("baggage");

            JsonPath who = echo.get("/whoami").then().statusCode(200).extract().jsonPath();
            assertThat(who.getString("version")).as("the router reads the same header").isEqualTo("fork");
        }
    }
}
