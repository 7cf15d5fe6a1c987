package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With {@code sandbox.kubernetes.mesh=gateway-api} a sandbox routes with an HTTPRoute per HTTP port and a GRPCRoute
 * per gRPC port of the baseline Service, waits for them, and removes them on close; two sandboxes have their own.
 */
@EnableKubernetesMockClient(crud = true)
class GatewayApiRoutesTest {

    static KubernetesClient client;

    private final KubernetesSandboxProvider provider = new KubernetesSandboxProvider(client, Clock.systemUTC(),
            RoutingKey::random);

    @Test
    void routesPerPortAreCreatedAndRemovedPerSandbox() throws Exception {
        ShopCluster shop = new ShopCluster(client, "gateway").withTwoPortPricing();
        List<String> before = shop.baselineSpecs();
        try (SimulatedController controller = new SimulatedController(client, "gateway", SimulatedController.Outcome.AVAILABLE)) {
            Sandbox first = start("first");
            Sandbox second = start("second");
            String firstKey = first.routingKey().value();
            assertThat(client.resources(HTTPRoute.class).inNamespace("gateway").list().getItems())
                    .extracting(route -> route.getMetadata().getName())
                    .containsExactlyInAnyOrder("pricing-" + firstKey + "-8080", "pricing-" + second.routingKey() + "-8080");
            assertThat(client.resources(GRPCRoute.class).inNamespace("gateway").list().getItems()).hasSize(2);

            first.close();
            controller.awaitGarbageCollected(firstKey);
            assertThat(shop.objectsOf(firstKey)).isEmpty();
            assertThat(shop.objectsOf(second.routingKey().value())).hasSizeGreaterThanOrEqualTo(4);

            second.close();
            controller.awaitGarbageCollected(second.routingKey().value());
            assertThat(shop.objectsOf(second.routingKey().value())).isEmpty();
            assertThat(shop.baselineSpecs()).isEqualTo(before);
        }
    }

    private Sandbox start(String name) {
        Sandbox sandbox = provider.create(SandboxSpec.builder(name).fork(ForkSpec.of("pricing")).build(),
                TestContext.of(getClass(), "sandbox.kubernetes.namespace", "gateway", "sandbox.kubernetes.mesh", "gateway-api"));
        sandbox.awaitReady(Duration.ofSeconds(30));
        return sandbox;
    }
}
