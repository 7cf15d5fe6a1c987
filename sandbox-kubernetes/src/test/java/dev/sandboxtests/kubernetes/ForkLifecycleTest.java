package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.routes.WorkloadIdentity;
import dev.sandboxtests.spec.Customizations;
import dev.sandboxtests.spec.ForkOf;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A sandbox of one fork on a cluster with Istio, from create to close: the fork's Deployment, Service and route entry
 * with their labels, pods that baseline traffic never reaches, the identity variables, readiness, and a teardown that
 * leaves the baseline exactly as it was.
 */
@EnableKubernetesMockClient(crud = true)
class ForkLifecycleTest {

    static KubernetesClient client;

    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");
    private static final SandboxSpec SPEC = SandboxSpec.builder("volume-discount")
            .fork(new ForkSpec(new ForkOf("Deployment", null, "pricing"), new Customizations(
                    List.of(new Customizations.Image("volume-discount", null)),
                    List.of(new Customizations.EnvVar("DISCOUNT_PERCENT", "20", null)))))
            .ttl(Duration.ofMinutes(30)).label("team", "checkout").build();

    @KubernetesSandbox(namespace = "lifecycle")
    static final class PricingTest {
    }

    private final KubernetesSandboxProvider provider = new KubernetesSandboxProvider(client,
            Clock.fixed(NOW, ZoneOffset.UTC), dev.sandboxtests.routing.RoutingKey::random);

    @Test
    void theForkGetsItsDeploymentServiceAndRouteAndTheBaselineStaysAsItWas() throws Exception {
        ShopCluster shop = new ShopCluster(client, "lifecycle").withPricing().withVirtualService();
        List<String> baselineBefore = shop.baselineSpecs();
        try (SimulatedController controller = new SimulatedController(client, "lifecycle", SimulatedController.Outcome.AVAILABLE)) {
            Sandbox sandbox = provider.create(SPEC, TestContext.of(PricingTest.class,
                    "sandbox.kubernetes.image-template", "registry.example.com/{service}:{image}",
                    "sandbox.kubernetes.routes-url", "http://routes.sandbox-tests.svc:7777"));
            String key = sandbox.routingKey().value();
            String name = "pricing-" + key;
            sandbox.awaitReady(Duration.ofSeconds(30));

            Deployment fork = client.apps().deployments().inNamespace("lifecycle").withName(name).get();
            assertThat(fork.getMetadata().getLabels()).containsEntry(KubernetesLabels.MANAGED_BY, "sandbox-tests")
                    .containsEntry(KubernetesLabels.ROUTING_KEY, key).containsEntry(KubernetesLabels.SANDBOX, "volume-discount")
                    .containsEntry(KubernetesLabels.BASELINE_KIND, "Deployment")
                    .containsEntry(KubernetesLabels.BASELINE_NAMESPACE, "lifecycle")
                    .containsEntry(KubernetesLabels.BASELINE_NAME, "pricing").containsEntry("team", "checkout");
            assertThat(fork.getMetadata().getAnnotations()).containsEntry(KubernetesLabels.EXPIRES_AT, "2026-12-06T04:30:00Z");
            assertThat(fork.getSpec().getReplicas()).isEqualTo(1);

            Map<String, String> podLabels = fork.getSpec().getTemplate().getMetadata().getLabels();
            Service baselineService = client.services().inNamespace("lifecycle").withName("pricing").get();
            assertThat(baselineService.getSpec().getSelector().entrySet()).noneMatch(e -> e.getValue().equals(podLabels.get(e.getKey())));
            assertThat(podLabels).containsEntry("version", "v1").containsEntry(KubernetesLabels.ROUTING_KEY, key);

            var container = fork.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(container.getImage()).isEqualTo("registry.example.com/pricing:volume-discount");
            assertThat(container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue)))
                    .containsEntry("DISCOUNT_PERCENT", "20").containsEntry("LOG_LEVEL", "info")
                    .containsEntry(WorkloadIdentity.BASELINE_KIND, "Deployment")
                    .containsEntry(WorkloadIdentity.BASELINE_NAMESPACE, "lifecycle")
                    .containsEntry(WorkloadIdentity.BASELINE_NAME, "pricing")
                    .containsEntry(WorkloadIdentity.SANDBOX_NAME, "volume-discount")
                    .containsEntry(WorkloadIdentity.SANDBOX_ROUTING_KEY, key)
                    .containsEntry("SANDBOX_ROUTES_URL", "http://routes.sandbox-tests.svc:7777");

            Service forkService = client.services().inNamespace("lifecycle").withName(name).get();
            assertThat(forkService.getSpec().getSelector()).isEqualTo(fork.getSpec().getSelector().getMatchLabels());
            assertThat(forkService.getSpec().getPorts()).singleElement()
                    .satisfies(port -> assertThat(port.getPort()).isEqualTo(8080));
            assertThat(forkService.getMetadata().getLabels()).containsEntry(KubernetesLabels.ROUTING_KEY, key);

            List<Map<String, Object>> http = http(shop.virtualService("pricing"));
            assertThat(http).extracting(entry -> entry.get("name")).containsExactly("sandbox-tests-" + key, "default");
            assertThat(http.get(0).toString()).contains("host=" + name + ".lifecycle.svc.cluster.local")
                    .contains("sd-routing-key[ \\t]*=[ \\t]*" + key);

            sandbox.close();
            controller.awaitGarbageCollected(key);
            assertThat(shop.objectsOf(key)).isEmpty();
            assertThat(http(shop.virtualService("pricing"))).extracting(entry -> entry.get("name")).containsExactly("default");
            assertThat(shop.baselineSpecs()).isEqualTo(baselineBefore);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> http(GenericKubernetesResource vs) {
        return (List<Map<String, Object>>) ((Map<String, Object>) vs.getAdditionalProperties().get("spec")).get("http");
    }
}
