package dev.sandboxtests.kubernetes.reaper;

import static dev.sandboxtests.kubernetes.reaper.SandboxFixtures.FUTURE;
import static dev.sandboxtests.kubernetes.reaper.SandboxFixtures.PAST;
import static dev.sandboxtests.kubernetes.reaper.SandboxFixtures.fork;
import static dev.sandboxtests.kubernetes.reaper.SandboxFixtures.forkService;
import static dev.sandboxtests.kubernetes.reaper.SandboxFixtures.sandboxLabels;
import static dev.sandboxtests.kubernetes.reaper.SandboxFixtures.virtualService;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kubernetes.KubernetesLabels;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two sandboxes of parallel CI jobs whose leases still run, one whose lease has passed, an orphaned route entry, and
 * objects that are not ours: a sweep removes exactly the expired sandbox and the orphan, in dependency order.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesReaperTest {

    static final String SHOP = "shop";
    static final String LIVE_A = "aaaa1111";
    static final String LIVE_B = "bbbb2222";
    static final String EXPIRED = "eeee3333";
    static final String ORPHAN = "oooo4444";

    KubernetesClient client;

    @BeforeEach
    void cluster() {
        create(fork(SHOP, "pricing", LIVE_A, "job-a", FUTURE), forkService(SHOP, "pricing", LIVE_A, "job-a", FUTURE));
        create(fork(SHOP, "pricing", LIVE_B, "job-b", FUTURE), forkService(SHOP, "pricing", LIVE_B, "job-b", FUTURE));
        create(fork(SHOP, "pricing", EXPIRED, "job-c", PAST), forkService(SHOP, "pricing", EXPIRED, "job-c", PAST));
        // Not ours, though it looks alike and its annotation has passed: never touched.
        create(SandboxFixtures.deployment(SHOP, "pricing", Map.of("app", "pricing", KubernetesLabels.ROUTING_KEY,
                EXPIRED), PAST));
        client.genericKubernetesResources(RouteKinds.VIRTUAL_SERVICE).inNamespace(SHOP).resource(virtualService(SHOP,
                "pricing-" + EXPIRED, sandboxLabels(EXPIRED, "job-c"), List.of("main"))).create();
        client.genericKubernetesResources(RouteKinds.VIRTUAL_SERVICE).inNamespace(SHOP).resource(virtualService(SHOP,
                "orders", Map.of("app", "orders"), List.of("sandbox-tests-" + LIVE_A, "sandbox-tests-" + EXPIRED + "-grpc",
                        "sandbox-tests-" + ORPHAN, "sandbox-tests-" + LIVE_B + "-http", "default"))).create();
    }

    @Test
    void removesTheExpiredSandboxAndTheOrphanedEntryOnly() {
        SweepReport report = KubernetesReaper.of(client, SandboxFixtures.clock()).sweep(SHOP);

        assertThat(report.problems()).isEmpty();
        assertThat(deploymentNames()).containsExactlyInAnyOrder("pricing-" + LIVE_A, "pricing-" + LIVE_B, "pricing");
        assertThat(client.services().inNamespace(SHOP).list().getItems()).extracting(s -> s.getMetadata().getName())
                .containsExactlyInAnyOrder("pricing-" + LIVE_A, "pricing-" + LIVE_B);
        assertThat(virtualServiceNames()).containsExactly("orders");
        assertThat(entriesOf("orders")).containsExactly("sandbox-tests-" + LIVE_A, "sandbox-tests-" + LIVE_B + "-http",
                "default");
    }

    @Test
    void reportsInDependencyOrderRouteEntriesRoutesServicesDeployments() {
        SweepReport report = KubernetesReaper.of(client, SandboxFixtures.clock()).sweep(SHOP);

        assertThat(report.removed()).extracting(ReapedObject::toString).containsExactly(
                "VirtualService route entry shop/orders#sandbox-tests-" + EXPIRED + "-grpc (sandbox key " + EXPIRED
                        + ": expired at " + PAST + ")",
                "VirtualService shop/pricing-" + EXPIRED + " (sandbox key " + EXPIRED + ": expired at " + PAST + ")",
                "Service shop/pricing-" + EXPIRED + " (sandbox key " + EXPIRED + ": expired at " + PAST + ")",
                "Deployment shop/pricing-" + EXPIRED + " (sandbox key " + EXPIRED + ": expired at " + PAST + ")",
                "VirtualService route entry shop/orders#sandbox-tests-" + ORPHAN + " (sandbox key " + ORPHAN
                        + ": orphaned: no object of its sandbox is left)");
    }

    @Test
    void aDryRunReportsTheSameAndChangesNothing() {
        SweepReport dry = KubernetesReaper.of(client, SandboxFixtures.clock()).dryRun().sweep(SHOP);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.removed()).hasSize(5);
        assertThat(deploymentNames()).hasSize(4);
        assertThat(virtualServiceNames()).hasSize(2);
        assertThat(entriesOf("orders")).hasSize(5);
    }

    @Test
    void aSandboxIsJudgedAsAWholeByItsLatestLease() {
        create(fork(SHOP, "shipping", EXPIRED, "job-c", FUTURE)); // the same sandbox, extended on one object

        SweepReport report = KubernetesReaper.of(client, SandboxFixtures.clock()).sweep(SHOP);

        assertThat(report.removed()).extracting(ReapedObject::routingKey).extracting(key -> key.value())
                .containsOnly(ORPHAN);
        assertThat(deploymentNames()).contains("pricing-" + EXPIRED, "shipping-" + EXPIRED);
    }

    @Test
    void entriesOfASandboxThatLivesInAnotherNamespaceStayWhileItsLeaseRuns() {
        create(fork("payments", "ledger", ORPHAN, "job-d", FUTURE));

        KubernetesReaper.of(client, SandboxFixtures.clock()).sweep(SHOP);

        assertThat(entriesOf("orders")).contains("sandbox-tests-" + ORPHAN);
    }

    @Test
    void aVirtualServiceTheExpiredSandboxOwnsStaysWhileALiveSandboxRoutesThroughIt() {
        client.genericKubernetesResources(RouteKinds.VIRTUAL_SERVICE).inNamespace(SHOP).resource(virtualService(SHOP,
                "shipping", sandboxLabels(EXPIRED, "job-c"), List.of("sandbox-tests-" + LIVE_A, "sandbox-tests-" + EXPIRED,
                        "default"))).create();

        SweepReport report = KubernetesReaper.of(client, SandboxFixtures.clock()).sweep(SHOP);

        assertThat(report.problems()).isEmpty();
        assertThat(virtualServiceNames()).containsExactlyInAnyOrder("orders", "shipping");
        assertThat(entriesOf("shipping")).containsExactly("sandbox-tests-" + LIVE_A, "default");
        assertThat(deploymentNames()).doesNotContain("pricing-" + EXPIRED);
    }

    @Test
    void entriesOfAnExpiredSandboxInAVirtualServiceALiveSandboxOwnsGo() {
        client.genericKubernetesResources(RouteKinds.VIRTUAL_SERVICE).inNamespace(SHOP).resource(virtualService(SHOP,
                "shipping", sandboxLabels(LIVE_A, "job-a"), List.of("sandbox-tests-" + EXPIRED, "sandbox-tests-" + LIVE_A,
                        "default"))).create();

        KubernetesReaper.of(client, SandboxFixtures.clock()).sweep(SHOP);

        assertThat(entriesOf("shipping")).containsExactly("sandbox-tests-" + LIVE_A, "default");
    }

    @Test
    void sweepingAgainFindsNothingLeft() {
        KubernetesReaper reaper = KubernetesReaper.of(client, SandboxFixtures.clock());
        reaper.sweep(SHOP);

        assertThat(reaper.sweep(SHOP).removed()).isEmpty();
    }

    @Test
    void removingOneSandboxTakesItsObjectsWhateverItsLease() {
        SweepReport report = KubernetesReaper.of(client, SandboxFixtures.clock()).remove(SHOP,
                dev.sandboxtests.routing.RoutingKey.parse(LIVE_A));

        assertThat(report.problems()).isEmpty();
        assertThat(deploymentNames()).doesNotContain("pricing-" + LIVE_A).contains("pricing-" + LIVE_B);
        assertThat(entriesOf("orders")).doesNotContain("sandbox-tests-" + LIVE_A);
    }

    private void create(HasMetadata... objects) {
        for (HasMetadata object : objects) {
            client.resource(object).create();
        }
    }

    private List<String> deploymentNames() {
        return client.apps().deployments().inNamespace(SHOP).list().getItems().stream()
                .map(Deployment::getMetadata).map(meta -> meta.getName()).toList();
    }

    private List<String> virtualServiceNames() {
        return client.genericKubernetesResources(RouteKinds.VIRTUAL_SERVICE).inNamespace(SHOP).list().getItems().stream()
                .map(vs -> vs.getMetadata().getName()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> entriesOf(String name) {
        GenericKubernetesResource vs = client.genericKubernetesResources(RouteKinds.VIRTUAL_SERVICE).inNamespace(SHOP)
                .withName(name).get();
        Map<String, Object> spec = (Map<String, Object>) vs.getAdditionalProperties().get("spec");
        return ((List<Map<String, Object>>) spec.get("http")).stream().map(entry -> (String) entry.get("name")).toList();
    }
}
