package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A sandbox lives exactly as long as its test class, whatever fails: its fork is stopped after the
 * class when tests pass, when a test fails, and when {@code @BeforeAll} throws; the shared baseline
 * is stopped when the run ends. A fork that never becomes ready fails the class and is stopped.
 */
class SandboxLifecycleTest {

    /** What the scenarios saw: instance ids and routing keys, by scenario. */
    static final Map<String, String> SEEN = new ConcurrentHashMap<>();
    private static EngineExecutionResults results;

    @BeforeAll
    static void runScenarios() {
        results = Scenarios.run(PassingScenario.class, FailingTestScenario.class, FailingBeforeAllScenario.class);
    }

    @Test
    void aPassingClassStopsItsForkAfterItsTests() {
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertThat(EchoService.STOPPED).contains(SEEN.get("passing fork"));
    }

    @Test
    void aClassWithAFailingTestStillStopsItsFork() {
        assertThat(Scenarios.testFailure(results, "failsOnPurpose")).hasMessage("failed on purpose");
        assertThat(EchoService.STOPPED).contains(SEEN.get("failing-test fork"));
    }

    @Test
    void aClassWhoseBeforeAllThrowsStillStopsItsFork() {
        assertThat(Scenarios.classFailure(results, FailingBeforeAllScenario.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("set-up failed on purpose");
        assertThat(EchoService.STOPPED).contains(SEEN.get("failing-before-all fork"));
    }

    @Test
    void eachClassHasItsOwnKeyAndFork() {
        assertThat(List.of(SEEN.get("passing key"), SEEN.get("failing-test key"), SEEN.get("failing-before-all key")))
                .doesNotContainNull().doesNotHaveDuplicates();
        assertThat(List.of(SEEN.get("passing fork"), SEEN.get("failing-test fork"), SEEN.get("failing-before-all fork")))
                .doesNotContainNull().doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("echo-fork-"));
    }

    @Test
    void theSharedBaselineStopsWhenTheRunEnds() {
        assertThat(SEEN.get("baseline")).startsWith("echo-baseline-");
        assertThat(EchoService.STOPPED).contains(SEEN.get("baseline"));
    }

    @Test
    void eachClassPublishesItsSandbox() {
        assertThat(Scenarios.reportEntries(results)).contains(
                Map.of("sandbox", "passing-scenario", "routingKey", SEEN.get("passing key"), "provider", "local"),
                Map.of("sandbox", "failing-test-scenario", "routingKey", SEEN.get("failing-test key"),
                        "provider", "local"));
    }

    @Test
    void aForkThatIsNeverReadyFailsTheClassWithTheReasonAndIsStopped() {
        EngineExecutionResults neverReady = Scenarios.run(NeverReadyScenario.class);

        assertThat(Scenarios.classFailure(neverReady, NeverReadyScenario.class))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("fork 'never-ready' of service 'echo' in sandbox 'never-ready-scenario'"
                        + " was not ready within 1 s")
                .hasMessageContaining("last result: Connection refused")
                .hasMessageContaining("Command: ")
                .hasMessageContaining(NeverReadyForkEnvironment.MARKER)
                .hasMessageContaining("raise @SandboxTest(readyTimeout)");
        neverReady.testEvents().assertStatistics(stats -> stats.started(0));
        assertThat(ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").contains(NeverReadyForkEnvironment.MARKER)))
                .as("fork processes left running").isEmpty();
    }

    static JsonPath whoami(RequestSpecification echo) {
        return echo.get("/whoami").then().statusCode(200).extract().jsonPath();
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class PassingScenario {
        @Test
        void recordsItsForkAndTheBaseline(@SandboxService("echo") RequestSpecification echo, RoutingKey key,
                @SandboxService("echo") URI entry) throws Exception {
            SEEN.put("passing key", key.value());
            SEEN.put("passing fork", whoami(echo).getString("instance"));
            String plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(entry.resolve("/whoami")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            SEEN.put("baseline", JsonPath.from(plain).getString("instance"));
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class FailingTestScenario {
        @Test
        void failsOnPurpose(@SandboxService("echo") RequestSpecification echo, RoutingKey key) {
            SEEN.put("failing-test key", key.value());
            SEEN.put("failing-test fork", whoami(echo).getString("instance"));
            throw new AssertionError("failed on purpose");
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class FailingBeforeAllScenario {
        @BeforeAll
        static void setUp(@SandboxService("echo") RequestSpecification echo, RoutingKey key) {
            SEEN.put("failing-before-all key", key.value());
            SEEN.put("failing-before-all fork", whoami(echo).getString("instance"));
            throw new IllegalStateException("set-up failed on purpose");
        }

        @Test
        void neverRuns() {
            throw new AssertionError("@BeforeAll failed, so this must not run");
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"), readyTimeout = "1s")
    @LocalSandbox(NeverReadyForkEnvironment.class)
    static class NeverReadyScenario {
        @Test
        void neverRuns() {
            throw new AssertionError("the sandbox never became ready, so this must not run");
        }
    }
}
