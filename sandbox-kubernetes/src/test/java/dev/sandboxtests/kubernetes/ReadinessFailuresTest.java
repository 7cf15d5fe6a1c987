package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.Customizations;
import dev.sandboxtests.spec.ForkOf;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A fork that does not become ready fails {@code awaitReady} with the reason the cluster gives, not just "timed out",
 * and closing the sandbox afterwards leaves nothing that carries its key. The mock server answers the crash-looping
 * container's log through an expectation, which its CRUD mode serves ahead of the stored objects.
 */
@EnableKubernetesMockClient(crud = true)
class ReadinessFailuresTest {

    static KubernetesClient client;
    static KubernetesMockServer server;

    private final KubernetesSandboxProvider provider = new KubernetesSandboxProvider(client, Clock.systemUTC(),
            RoutingKey::random);

    @Test
    void anImageThatCannotBePulledIsNamed() throws Exception {
        assertThat(failure("pull", SimulatedController.Outcome.IMAGE_PULL_BACK_OFF, Duration.ofMinutes(1), pod -> { }))
                .contains("cannot pull image 'registry.example.com/pricing:does-not-exist'")
                .contains("ImagePullBackOff")
                .contains("Failed to pull image \"registry.example.com/pricing:does-not-exist\"")
                .doesNotContain("not ready after");
    }

    @Test
    void aCrashLoopShowsTheLastLogLines() throws Exception {
        assertThat(failure("crash", SimulatedController.Outcome.CRASH_LOOP, Duration.ofMinutes(1), pod ->
                server.expect().get().withPath("/api/v1/namespaces/crash/pods/" + pod.getMetadata().getName()
                        + "/log?pretty=false&container=pricing&previous=true&tailLines=" + ForkDiagnosis.LOG_LINES)
                        .andReturn(200, SimulatedController.CRASH_LOG).always()))
                .contains("container 'pricing'").contains("CrashLoopBackOff").contains("last exit code 1")
                .contains("DISCOUNT_PERCENT must be at most 100");
    }

    @Test
    void aPodThatCannotBeScheduledIsReportedWhenTheTimeIsUp() throws Exception {
        assertThat(failure("unschedulable", SimulatedController.Outcome.UNSCHEDULABLE, Duration.ofSeconds(2), pod -> { }))
                .contains("not ready after PT2S").contains("cannot be scheduled (Unschedulable)")
                .contains("0/3 nodes are available: 3 Insufficient cpu.");
    }

    @Test
    void anExceededQuotaIsNamed() throws Exception {
        assertThat(failure("quota", SimulatedController.Outcome.QUOTA_EXCEEDED, Duration.ofMinutes(1), pod -> { }))
                .contains("ReplicaFailure, FailedCreate").contains("exceeded quota: compute")
                .contains("ResourceQuota is used up");
    }

    /** Creates a sandbox whose fork fares as {@code outcome}, returns the readiness failure, and checks teardown. */
    private String failure(String namespace, SimulatedController.Outcome outcome, Duration timeout,
            Consumer<Pod> onCrashingPod) throws Exception {
        ShopCluster shop = new ShopCluster(client, namespace).withPricing().withVirtualService();
        List<String> baselineBefore = shop.baselineSpecs();
        SandboxSpec spec = SandboxSpec.builder("failing").fork(new ForkSpec(new ForkOf(null, null, "pricing"),
                new Customizations(List.of(new Customizations.Image("registry.example.com/pricing:does-not-exist", null)),
                        List.of()))).build();
        try (SimulatedController controller = new SimulatedController(client, namespace, outcome, onCrashingPod)) {
            Sandbox sandbox = provider.create(spec, TestContext.of(getClass(), "sandbox.kubernetes.namespace", namespace));
            String key = sandbox.routingKey().value();
            Throwable thrown;
            try {
                thrown = org.assertj.core.api.Assertions.catchThrowable(() -> sandbox.awaitReady(timeout));
            } finally {
                sandbox.close();
            }
            controller.awaitGarbageCollected(key);
            assertThat(shop.objectsOf(key)).isEmpty();
            assertThat(shop.baselineSpecs()).isEqualTo(baselineBefore);
            assertThat(thrown).isInstanceOf(KubernetesSandboxException.class).hasMessageContaining("failing");
            return thrown.getMessage();
        }
    }
}
