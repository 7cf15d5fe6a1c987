package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Two sandboxed classes run at the same time, each with its own fork of the same service; a barrier
 * makes sure both sandboxes are up at once. Each sees only its own fork and its own key.
 */
class ParallelSandboxesTest {

    static final CyclicBarrier BOTH_SANDBOXES_UP = new CyclicBarrier(2);
    /** Per scenario: the keys and fork instances its requests reached. */
    static final Map<String, Set<String>> SEEN = new ConcurrentHashMap<>();

    @Test
    void twoClassesInParallelNeverSeeEachOthersForkOrKey() {
        EngineExecutionResults results = Scenarios.engine(Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "same_thread",
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"),
                LeftScenario.class, RightScenario.class).execute();

        Scenarios.assertAllSucceeded(results, 2);
        assertThat(SEEN.get("left keys")).hasSize(1).doesNotContainAnyElementsOf(SEEN.get("right keys"));
        assertThat(SEEN.get("left forks")).hasSize(1).doesNotContainAnyElementsOf(SEEN.get("right forks"));
        assertThat(SEEN.get("right keys")).hasSize(1);
        assertThat(SEEN.get("right forks")).hasSize(1);
    }

    /** Many requests while the other sandbox is up; each must reach this sandbox's fork with its key. */
    static void requestRepeatedly(String side, RequestSpecification echo, RoutingKey key) throws Exception {
        BOTH_SANDBOXES_UP.await(60, TimeUnit.SECONDS);
        Set<String> keys = SEEN.computeIfAbsent(side + " keys", k -> ConcurrentHashMap.newKeySet());
        Set<String> forks = SEEN.computeIfAbsent(side + " forks", k -> ConcurrentHashMap.newKeySet());
        RequestSpecification withBaggage = echo.header("baggage", "side=" + side);
        for (int i = 0; i < 50; i++) {
            JsonPath who = withBaggage.get("/whoami")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(who.getString("version")).isEqualTo("fork");
            assertThat(who.getString("baggage")).isEqualTo("sd-routing-key=" + key + ",side=" + side);
            keys.add(who.getString("baggage").split("[=,]")[1]);
            forks.add(who.getString("instance"));
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class LeftScenario {
        @Test
        void seesOnlyItsOwnFork(@SandboxService("echo") RequestSpecification echo, RoutingKey key) throws Exception {
            requestRepeatedly("left", echo, key);
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class RightScenario {
        @Test
        void seesOnlyItsOwnFork(@SandboxService("echo") RequestSpecification echo, RoutingKey key) throws Exception {
            requestRepeatedly("right", echo, key);
        }
    }
}
