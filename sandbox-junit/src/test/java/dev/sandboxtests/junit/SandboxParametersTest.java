package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * What the extension hands to tests: the sandbox, its key, and clients that carry the key. The
 * scenario classes assert inside; this class checks that they all passed, or failed as they should.
 */
class SandboxParametersTest {

    @Test
    void everyParameterCarriesTheSandboxesKey() {
        EngineExecutionResults results = Scenarios.run(SingleServiceScenario.class, SpecFileScenario.class);

        Scenarios.assertAllSucceeded(results, 6);
    }

    @Test
    void aClientOfAnotherLibraryIsOursOnlyWhenItNamesItsService() {
        EngineExecutionResults results = Scenarios.run(TwoServicesScenario.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(1).failed(2));
        assertThat(Scenarios.testFailure(results, "unnamed"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("No ParameterResolver registered for parameter")
                .hasMessageContaining("RequestSpecification");
        assertThat(Scenarios.testFailure(results, "unknown"))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("Unknown service 'payments'")
                .hasMessageContaining("echo, mirror");
    }

    static JsonPath whoami(RequestSpecification request) {
        return request.get("/whoami").then().statusCode(200).extract().jsonPath();
    }

    @Scenario
    @SandboxTest(forks = @Fork(value = "echo", env = "GREETING=hi"))
    @LocalSandbox(EchoEnvironment.class)
    static class SingleServiceScenario {

        private static RoutingKey keyInBeforeAll;
        private final Sandbox sandboxInConstructor;

        SingleServiceScenario(Sandbox sandbox) {
            this.sandboxInConstructor = sandbox;
        }

        @BeforeAll
        static void rememberTheKey(RoutingKey key) {
            keyInBeforeAll = key;
        }

        @Test
        void theSandboxAndItsKeyAreTheSameEverywhere(Sandbox sandbox, RoutingKey key) {
            assertThat(sandbox.routingKey()).isEqualTo(key).isEqualTo(keyInBeforeAll);
            assertThat(sandboxInConstructor).isSameAs(sandbox);
            assertThat(sandbox.name()).isEqualTo("single-service-scenario");
            assertThat(sandbox.endpoints()).containsOnlyKeys("echo");
        }

        @Test
        void theRequestSpecificationReachesTheForkWithTheKey(@SandboxService("echo") RequestSpecification echo, RoutingKey key) {
            JsonPath who = whoami(echo);

            assertThat(who.getString("version")).isEqualTo("fork");
            assertThat(who.getString("baggage")).isEqualTo("sd-routing-key=" + key);
            assertThat(who.getMap("env")).isEqualTo(Map.of("GREETING", "hi"));
        }

        @Test
        void baggageTheTestSetsIsKeptNextToTheKey(@SandboxService("echo") RequestSpecification echo, RoutingKey key) {
            JsonPath who = whoami(echo.header("baggage", "team=a"));

            assertThat(who.getString("version")).isEqualTo("fork");
            assertThat(who.getString("baggage")).isEqualTo("sd-routing-key=" + key + ",team=a");
        }

        @Test
        void theServiceUriIsTheRoutedEntryPoint(@SandboxService("echo") URI echo, Sandbox sandbox) throws Exception {
            assertThat(echo).isEqualTo(sandbox.endpoint("echo"));

            HttpResponse<String> plain = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(echo.resolve("/whoami")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(JsonPath.from(plain.body()).getString("version")).as("without key").isEqualTo("baseline");
        }
    }

    /** The spec file names the fork and its environment; the annotation renames the sandbox. */
    @Scenario
    @SandboxTest(spec = "sandboxes/echo-from-yaml.yaml", name = "renamed")
    @LocalSandbox(EchoEnvironment.class)
    static class SpecFileScenario {

        @Test
        void theForkOfTheSpecFileServes(@SandboxService("echo") RequestSpecification echo, Sandbox sandbox) {
            JsonPath who = whoami(echo);

            assertThat(who.getString("version")).isEqualTo("fork");
            assertThat(who.getMap("env")).isEqualTo(Map.of("GREETING", "from-yaml"));
            assertThat(sandbox.name()).isEqualTo("renamed");
        }

        @Test
        void aForkIsNotSharedWithAnotherSandbox(@SandboxService("echo") RequestSpecification echo, RoutingKey key) {
            assertThat(whoami(echo).getString("baggage")).isEqualTo("sd-routing-key=" + key);
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoAndMirrorEnvironment.class)
    static class TwoServicesScenario {

        @Test
        void unnamed(RequestSpecification service) {
            throw new AssertionError("must not be resolved");
        }

        @Test
        void unknown(@SandboxService("payments") URI payments) {
            throw new AssertionError("must not be resolved");
        }

        @Test
        void named(@SandboxService("echo") RequestSpecification echo,
                @SandboxService("mirror") RequestSpecification mirror, RoutingKey key) {
            assertThat(whoami(echo).getString("version")).isEqualTo("fork");
            JsonPath unforked = whoami(mirror);
            assertThat(unforked.getString("version")).as("mirror is not forked").isEqualTo("baseline");
            assertThat(unforked.getString("baggage")).as("the key still travels").isEqualTo("sd-routing-key=" + key);
        }
    }
}
