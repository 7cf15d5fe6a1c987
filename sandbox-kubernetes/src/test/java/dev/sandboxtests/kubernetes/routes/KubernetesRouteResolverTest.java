package dev.sandboxtests.kubernetes.routes;

import static dev.sandboxtests.kubernetes.reaper.SandboxFixtures.FUTURE;
import static dev.sandboxtests.kubernetes.reaper.SandboxFixtures.PAST;
import static dev.sandboxtests.kubernetes.reaper.SandboxFixtures.fork;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kubernetes.KubernetesLabels;
import dev.sandboxtests.kubernetes.reaper.SandboxFixtures;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routing.RoutingKey;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing rules from fork Deployments' labels, kept current by an informer; expired sandboxes are not routed. */
@EnableKubernetesMockClient(crud = true)
class KubernetesRouteResolverTest {

    static final Workload PRICING = new Workload("Deployment", "shop", "pricing");
    static final RoutingKey JOB_A = RoutingKey.parse("aaaa1111");
    static final RoutingKey JOB_B = RoutingKey.parse("bbbb2222");
    static final RoutingKey EXPIRED = RoutingKey.parse("eeee3333");

    KubernetesClient client;

    @BeforeEach
    void cluster() {
        client.resource(fork("shop", "pricing", JOB_A.value(), "job-a", FUTURE)).create();
        client.resource(fork("shop", "shipping", JOB_A.value(), "job-a", FUTURE)).create();
        client.resource(fork("shop", "pricing", JOB_B.value(), "job-b", FUTURE)).create();
        client.resource(fork("shop", "pricing", EXPIRED.value(), "job-c", PAST)).create();
        // Labelled like a fork, but not ours: states no rule.
        client.resource(SandboxFixtures.deployment("shop", "pricing", Map.of(KubernetesLabels.ROUTING_KEY, "cccc5555",
                KubernetesLabels.SANDBOX, "impostor", KubernetesLabels.BASELINE_NAME, "pricing"), FUTURE)).create();
    }

    @Test
    void eachLiveSandboxThatForksTheWorkloadRoutesItsKeyToItsFork() throws InterruptedException {
        try (KubernetesRouteResolver routes = KubernetesRouteResolver.watch(client, "shop", SandboxFixtures.clock())) {
            MockWatches.awaitReplayed(client, "shop", routes);
            assertThat(routes.rules(PRICING)).containsExactlyInAnyOrder(new RoutingRule(JOB_A, PRICING, "job-a"),
                    new RoutingRule(JOB_B, PRICING, "job-b"));
            assertThat(routes.ruleFor(new Workload("Deployment", "shop", "shipping"), JOB_A)).map(RoutingRule::destinationSandbox)
                    .contains("job-a");
            assertThat(routes.ruleFor(new Workload("Deployment", "shop", "shipping"), JOB_B)).isEmpty();
        }
    }

    @Test
    void anExpiredSandboxIsNotRouted() throws InterruptedException {
        try (KubernetesRouteResolver routes = KubernetesRouteResolver.watch(client, "shop", SandboxFixtures.clock())) {
            MockWatches.awaitReplayed(client, "shop", routes);
            assertThat(routes.ruleFor(PRICING, EXPIRED)).isEmpty();
            assertThat(routes.rules(PRICING)).extracting(RoutingRule::routingKey).doesNotContain(EXPIRED);
        }
    }

    @Test
    void aWorkloadOfAnotherNamespaceIsNotThisOne() throws InterruptedException {
        try (KubernetesRouteResolver routes = KubernetesRouteResolver.watch(client, "shop", SandboxFixtures.clock())) {
            MockWatches.awaitReplayed(client, "shop", routes);
            assertThat(routes.rules(new Workload("Deployment", "payments", "pricing"))).isEmpty();
        }
    }

    @Test
    void aForkCreatedOrDeletedLaterIsSeenWithoutAskingAgain() throws InterruptedException {
        RoutingKey later = RoutingKey.parse("dddd4444");
        try (KubernetesRouteResolver routes = KubernetesRouteResolver.watch(client, "shop", SandboxFixtures.clock())) {
            ForkLifecycle.assertAppearsThenGoes(client, routes, later, "job-d");
        }
    }

    @Test
    void allNamespacesAtOnce() throws InterruptedException {
        client.resource(fork("payments", "ledger", JOB_B.value(), "job-b", FUTURE)).create();
        try (KubernetesRouteResolver routes = KubernetesRouteResolver.watchAllNamespaces(client, SandboxFixtures.clock())) {
            MockWatches.awaitReplayed(client, "payments", routes);
            assertThat(routes.ruleFor(new Workload("Deployment", "payments", "ledger"), JOB_B)).isPresent();
            assertThat(routes.rules(PRICING)).hasSize(2);
        }
    }
}
