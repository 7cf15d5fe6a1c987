package dev.sandboxtests.kubernetes;

import static dev.sandboxtests.kubernetes.ForkLifecycleTest.http;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two sandboxes fork the same baseline at once: they get distinct names, both rules are in place, and closing one
 * leaves the other whole — whether the cluster routes the baseline with a VirtualService of its own, or has none and
 * the sandboxes share the one the first of them created.
 */
@EnableKubernetesMockClient(crud = true)
class TwoSandboxesOfOneBaselineTest {

    static KubernetesClient client;

    private final KubernetesSandboxProvider provider = new KubernetesSandboxProvider(client, Clock.systemUTC(),
            RoutingKey::random);

    @Test
    void bothRoutesLiveInTheClustersVirtualServiceAndClosingOneKeepsTheOther() throws Exception {
        ShopCluster shop = new ShopCluster(client, "two-own").withPricing().withVirtualService();
        List<String> baselineBefore = shop.baselineSpecs();
        try (SimulatedController controller = new SimulatedController(client, "two-own", SimulatedController.Outcome.AVAILABLE)) {
            Sandbox first = start("first", "two-own");
            Sandbox second = start("second", "two-own");
            String firstKey = first.routingKey().value();
            String secondKey = second.routingKey().value();
            assertThat(shop.objectsOf(firstKey)).extracting(o -> o.getMetadata().getName())
                    .doesNotContainAnyElementsOf(names(shop.objectsOf(secondKey)));
            assertThat(entryNames(shop.virtualService("pricing")))
                    .containsExactly("sandbox-tests-" + secondKey, "sandbox-tests-" + firstKey, "default");

            first.close();
            controller.awaitGarbageCollected(firstKey);
            assertThat(shop.objectsOf(firstKey)).isEmpty();
            assertThat(names(shop.objectsOf(secondKey))).contains("pricing-" + secondKey);
            assertThat(entryNames(shop.virtualService("pricing"))).containsExactly("sandbox-tests-" + secondKey, "default");
            second.awaitReady(Duration.ofSeconds(30));

            second.close();
            controller.awaitGarbageCollected(secondKey);
            assertThat(shop.objectsOf(secondKey)).isEmpty();
            assertThat(shop.baselineSpecs()).isEqualTo(baselineBefore);
        }
    }

    @Test
    void withoutAVirtualServiceTheSandboxesShareOneAndTheLastToLeaveDeletesIt() throws Exception {
        ShopCluster shop = new ShopCluster(client, "two-shared").withPricing();
        try (SimulatedController controller = new SimulatedController(client, "two-shared", SimulatedController.Outcome.AVAILABLE)) {
            Sandbox first = start("first", "two-shared");
            Sandbox second = start("second", "two-shared");
            String firstKey = first.routingKey().value();
            String secondKey = second.routingKey().value();
            GenericKubernetesResource shared = shop.virtualService("sandbox-tests-pricing");
            assertThat(shared.getMetadata().getLabels()).containsEntry(KubernetesLabels.ROUTING_KEY, firstKey);
            assertThat(entryNames(shared))
                    .containsExactly("sandbox-tests-" + secondKey, "sandbox-tests-" + firstKey, "baseline");

            first.close();
            controller.awaitGarbageCollected(firstKey);
            assertThat(shop.objectsOf(firstKey)).isEmpty();
            GenericKubernetesResource handedOver = shop.virtualService("sandbox-tests-pricing");
            assertThat(handedOver.getMetadata().getLabels()).containsEntry(KubernetesLabels.ROUTING_KEY, secondKey)
                    .containsEntry(KubernetesLabels.SANDBOX, "second");
            assertThat(entryNames(handedOver)).containsExactly("sandbox-tests-" + secondKey, "baseline");
            second.awaitReady(Duration.ofSeconds(30));

            second.close();
            controller.awaitGarbageCollected(secondKey);
            assertThat(shop.objectsOf(secondKey)).isEmpty();
            assertThat(shop.virtualService("sandbox-tests-pricing")).isNull();
        }
    }

    private Sandbox start(String name, String namespace) {
        Sandbox sandbox = provider.create(SandboxSpec.builder(name).fork(ForkSpec.of("pricing")).build(),
                TestContext.of(getClass(), "sandbox.kubernetes.namespace", namespace));
        sandbox.awaitReady(Duration.ofSeconds(30));
        return sandbox;
    }

    private static List<String> names(List<? extends io.fabric8.kubernetes.api.model.HasMetadata> objects) {
        return objects.stream().map(o -> o.getMetadata().getName()).toList();
    }

    private static List<Object> entryNames(GenericKubernetesResource vs) {
        return http(vs).stream().map(entry -> entry.get("name")).toList();
    }
}
