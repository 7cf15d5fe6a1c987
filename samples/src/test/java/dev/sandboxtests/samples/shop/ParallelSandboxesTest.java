package dev.sandboxtests.samples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.Scenario;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Two test classes run at the same time, each with its own sandbox forking pricing with a different
 * discount; each sees only its own fork. A barrier makes sure both sandboxes are up at once. The scenarios
 * run in a JUnit run of their own, on the shop without its Kafka consumers ({@link ShopEnvironment.WithoutConsumers}).
 */
class ParallelSandboxesTest {

    static final CyclicBarrier BOTH_SANDBOXES_UP = new CyclicBarrier(2);
    static final Map<String, RoutingKey> KEYS = new ConcurrentHashMap<>();

    @Test
    void twoClassesInParallelNeverSeeEachOthersFork() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(Scenario.RUN_PARAMETER, "true")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
                .selectors(selectClass(TenPercentScenario.class), selectClass(TwentyPercentFromYamlScenario.class))
                .execute()
                .testEvents();

        tests.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
        assertThat(KEYS).containsOnlyKeys("ten", "twenty");
        assertThat(KEYS.get("ten")).isNotEqualTo(KEYS.get("twenty"));
    }

    /** 100 quotes while the other sandbox is up, each with this sandbox's discount. */
    static void quoteRepeatedly(RequestSpecification orders, int expectedDiscount) throws Exception {
        BOTH_SANDBOXES_UP.await(60, TimeUnit.SECONDS);
        for (int i = 0; i < 100; i++) {
            orders.queryParam("sku", "A1").queryParam("qty", 3)
                    .get("/orders/quote")
                    .then().statusCode(200).body("price.discount", equalTo(expectedDiscount));
        }
    }

    @SandboxTest(forks = @Fork(value = "pricing", image = "discount-rule", env = "DISCOUNT_PERCENT=10"))
    @LocalSandbox(ShopEnvironment.WithoutConsumers.class)
    @Scenario
    static class TenPercentScenario {
        @Test
        void seesTenPercent(@SandboxService("orders") RequestSpecification orders, RoutingKey key) throws Exception {
            KEYS.put("ten", key);
            quoteRepeatedly(orders, 300);
        }
    }

    /** The same kind of sandbox from a Signadot-style YAML spec (src/test/resources/sandboxes). */
    @SandboxTest(spec = "sandboxes/pricing-twenty-percent.yaml")
    @LocalSandbox(ShopEnvironment.WithoutConsumers.class)
    @Scenario
    static class TwentyPercentFromYamlScenario {
        @Test
        void seesTwentyPercent(@SandboxService("orders") RequestSpecification orders, RoutingKey key) throws Exception {
            KEYS.put("twenty", key);
            quoteRepeatedly(orders, 600);
        }
    }
}
