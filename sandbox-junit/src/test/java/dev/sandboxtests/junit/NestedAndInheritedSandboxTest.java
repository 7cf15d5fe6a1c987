package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A {@code @Nested} class uses its enclosing class's sandbox; a subclass of a {@code @SandboxTest}
 * class is a sandboxed class of its own ({@code @SandboxTest} is {@code @Inherited}).
 */
class NestedAndInheritedSandboxTest {

    /** Routing key and fork instance seen by each scenario test. */
    static final Map<String, String> SEEN = new ConcurrentHashMap<>();
    private static EngineExecutionResults results;

    @BeforeAll
    static void runScenarios() {
        results = Scenarios.run(OuterScenario.class, SubclassScenario.class);
    }

    @Test
    void everyScenarioTestPasses() {
        Scenarios.assertAllSucceeded(results, 3);
    }

    @Test
    void aNestedClassUsesTheSandboxOfItsEnclosingClass() {
        assertThat(SEEN.get("inner key")).isNotNull().isEqualTo(SEEN.get("outer key"));
        assertThat(SEEN.get("inner fork")).isNotNull().isEqualTo(SEEN.get("outer fork"));
    }

    @Test
    void aSubclassGetsASandboxOfItsOwn() {
        assertThat(SEEN.get("subclass sandbox")).isEqualTo("subclass-scenario");
        assertThat(SEEN.get("subclass key")).isNotNull().isNotEqualTo(SEEN.get("outer key"));
        assertThat(SEEN.get("subclass fork")).startsWith("echo-fork-").isNotEqualTo(SEEN.get("outer fork"));
    }

    static void record(String who, RoutingKey key, RequestSpecification echo) {
        SEEN.put(who + " key", key.value());
        SEEN.put(who + " fork", echo.get("/whoami").then().statusCode(200).extract().path("instance"));
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class OuterScenario {
        @Test
        void outer(RoutingKey key, @SandboxService("echo") RequestSpecification echo) {
            record("outer", key, echo);
        }

        @Nested
        class Inner {
            @Test
            void inner(RoutingKey key, @SandboxService("echo") RequestSpecification echo) {
                record("inner", key, echo);
            }
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    abstract static class SandboxedBase {
        @Test
        void recordsItsSandbox(Sandbox sandbox, RoutingKey key, @SandboxService("echo") RequestSpecification echo) {
            SEEN.put("subclass sandbox", sandbox.name());
            record("subclass", key, echo);
        }
    }

    static class SubclassScenario extends SandboxedBase {
    }
}
