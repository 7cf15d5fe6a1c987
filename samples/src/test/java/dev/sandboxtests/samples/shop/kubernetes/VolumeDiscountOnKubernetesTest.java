package dev.sandboxtests.samples.shop.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sandboxtests.kubernetes.KubernetesLabels;
import dev.sandboxtests.kubernetes.KubernetesSettings;
import dev.sandboxtests.provider.SandboxProviders;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The samples' {@code VolumeDiscountTest}, unchanged, on the Kubernetes provider by configuration alone
 * ({@code sandbox.provider=kubernetes} and the {@code sandbox.kubernetes.*} settings) against a cluster simulated in
 * this JVM ({@link ShopCluster}: fabric8's mock API server, a kubelet that runs the shop's images locally, a mesh that
 * applies Istio's VirtualService rules). Its requests enter at orders and cross a hop to pricing, whose fork
 * {@code discount-rule} the provider creates as Deployment and Service, with a route entry ahead of the team's own in
 * pricing's VirtualService: the class passes only if the mesh sent the routing key's requests to the fork and the
 * others to baseline. Afterwards the cluster holds the baseline exactly as before (specs compared byte for byte) and
 * nothing of the sandbox, and every instance the fork ran is stopped.
 */
class VolumeDiscountOnKubernetesTest {

    private static final String SAMPLE_CLASS = "dev.sandboxtests.samples.shop.VolumeDiscountTest";

    @TempDir
    Path work;

    @Test
    void theSampleClassPassesOnTheProviderAndTheClusterIsLeftAsItWas() throws Exception {
        try (ShopCluster shop = ShopCluster.start(work, logDirectory())) {
            Map<String, String> baselineBefore = shop.baselineSpecs();
            EngineExecutionResults results;
            List<HasMetadata> created;
            List<GenericKubernetesResource> virtualServices;
            try (ObjectRecorder recorded = ObjectRecorder.watch(shop.client(), ShopCluster.NAMESPACE)) {
                results = runOnKubernetes(shop);
                created = recorded.created();
                virtualServices = recorded.virtualServiceVersions();
            }

            assertThat(failures(results)).as("failures of the sample class").isEmpty();
            results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(5).failed(0).aborted(0));

            Deployment fork = only(created, Deployment.class);
            String key = fork.getMetadata().getLabels().get(KubernetesLabels.ROUTING_KEY);
            assertThat(key).as("the fork's routing-key label").isNotBlank();
            assertThat(fork.getMetadata().getName()).isEqualTo("pricing-" + key);
            assertCarriesTheSandboxLabels(fork, key);
            assertThat(fork.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                    .isEqualTo(ShopImages.PRICING_DISCOUNT_RULE);
            Service forkService = only(created, Service.class);
            assertThat(forkService.getMetadata().getName()).isEqualTo(fork.getMetadata().getName());
            assertCarriesTheSandboxLabels(forkService, key);
            assertThat(forkService.getSpec().getSelector()).isEqualTo(fork.getSpec().getSelector().getMatchLabels());

            assertThat(created).as("objects created besides the fork's Deployment and Service")
                    .noneMatch(GenericKubernetesResource.class::isInstance);
            String entry = KubernetesLabels.ROUTE_NAME_PREFIX + key;
            assertThat(virtualServices).as("versions of the cluster's VirtualService for pricing")
                    .anySatisfy(vs -> assertThat(entryNames(vs)).containsExactly(entry, "default"));
            assertThat(routedTo(virtualServices, entry)).isEqualTo(fork.getMetadata().getName() + ".shop.svc.cluster.local");

            assertThat(shop.baselineSpecs()).as("the baseline's specs").isEqualTo(baselineBefore);
            assertNothingOfTheSandboxIsLeft(shop.client());
            awaitUntil(() -> shop.runningDeployments().equals(ShopCluster.SERVICES),
                    "the fork's instance stops with its Deployment");
        }
        awaitUntil(() -> ordersProcesses().isEmpty(), "the orders process stops with the cluster");
    }

    private static EngineExecutionResults runOnKubernetes(ShopCluster shop) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(SandboxProviders.PROVIDER.key(), "kubernetes")
                .configurationParameter(KubernetesSettings.KUBECONFIG.key(), shop.kubeconfig().toString())
                .configurationParameter(KubernetesSettings.NAMESPACE.key(), ShopCluster.NAMESPACE)
                .configurationParameter(KubernetesSettings.IMAGE_TEMPLATE.key(), "shop/{service}:{image}")
                .configurationParameter(KubernetesSettings.ENDPOINTS.key(), "orders=" + shop.address("orders"))
                .selectors(selectClass(SAMPLE_CLASS))
                .execute();
    }

    private static void assertCarriesTheSandboxLabels(HasMetadata object, String key) {
        assertThat(object.getMetadata().getLabels())
                .containsEntry(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE)
                .containsEntry(KubernetesLabels.ROUTING_KEY, key)
                .containsEntry(KubernetesLabels.BASELINE_KIND, "Deployment")
                .containsEntry(KubernetesLabels.BASELINE_NAMESPACE, ShopCluster.NAMESPACE)
                .containsEntry(KubernetesLabels.BASELINE_NAME, "pricing")
                .containsKey(KubernetesLabels.SANDBOX);
        assertThat(object.getMetadata().getAnnotations()).containsKey(KubernetesLabels.EXPIRES_AT);
    }

    private static void assertNothingOfTheSandboxIsLeft(KubernetesClient client) {
        List<HasMetadata> managed = new ArrayList<>();
        managed.addAll(client.apps().deployments().inNamespace(ShopCluster.NAMESPACE)
                .withLabel(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE).list().getItems());
        managed.addAll(client.services().inNamespace(ShopCluster.NAMESPACE)
                .withLabel(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE).list().getItems());
        List<GenericKubernetesResource> virtualServices = client.genericKubernetesResources(SimulatedMesh.VIRTUAL_SERVICE)
                .inNamespace(ShopCluster.NAMESPACE).list().getItems();
        virtualServices.stream().filter(vs -> vs.getMetadata().getLabels() != null && KubernetesLabels.MANAGED_BY_VALUE
                .equals(vs.getMetadata().getLabels().get(KubernetesLabels.MANAGED_BY))).forEach(managed::add);
        assertThat(managed).as("objects managed by sandbox-tests after the class").isEmpty();
        assertThat(virtualServices.stream().flatMap(vs -> entryNames(vs).stream()))
                .as("route entries after the class").noneMatch(name -> name.startsWith(KubernetesLabels.ROUTE_NAME_PREFIX));
    }

    private static List<String> entryNames(GenericKubernetesResource vs) {
        return http(vs).stream().map(entry -> String.valueOf(((Map<?, ?>) entry).get("name"))).toList();
    }

    private static List<?> http(GenericKubernetesResource vs) {
        return vs.getAdditionalProperties().get("spec") instanceof Map<?, ?> spec && spec.get("http") instanceof List<?> http
                ? http : List.of();
    }

    /** The destination host of route entry {@code name} in the first version that has it. */
    private static String routedTo(List<GenericKubernetesResource> versions, String name) {
        return versions.stream().flatMap(vs -> http(vs).stream()).map(entry -> (Map<?, ?>) entry)
                .filter(entry -> name.equals(entry.get("name"))).findFirst()
                .map(entry -> ((Map<?, ?>) ((Map<?, ?>) ((List<?>) entry.get("route")).get(0)).get("destination")).get("host"))
                .map(Object::toString).orElseThrow(() -> new AssertionError("no route entry " + name));
    }

    private static <T extends HasMetadata> T only(List<HasMetadata> created, Class<T> type) {
        List<T> ofType = created.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(ofType).as(type.getSimpleName() + "s created while the class ran").hasSize(1);
        return ofType.get(0);
    }

    /** Each failed test or container with its exception, so that a failure here says what failed there. */
    private static List<String> failures(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(event -> event.getTestDescriptor().getDisplayName() + ": " + throwable(event))
                .collect(Collectors.toList());
    }

    private static String throwable(Event event) {
        return event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::toString).orElse("(no exception)");
    }

    /** Waits (up to 20 s) for what happens after an event has been handled elsewhere, then asserts it. */
    private static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    /** The child JVMs the simulated cluster started (not those of classes running beside this one). */
    private static List<Long> ordersProcesses() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").contains(ShopImages.CHILD_JVM_MARKER))
                .map(ProcessHandle::pid).sorted().toList();
    }

    private static Path logDirectory() {
        return Path.of(System.getProperty("sandbox.local.log-directory", "target/sandbox-tests/logs")).resolve("kubernetes");
    }
}
