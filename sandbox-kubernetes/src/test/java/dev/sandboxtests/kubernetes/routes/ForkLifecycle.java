package dev.sandboxtests.kubernetes.routes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kubernetes.reaper.SandboxFixtures;
import dev.sandboxtests.routes.RouteResolver;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routing.RoutingKey;
import io.fabric8.kubernetes.client.KubernetesClient;

/** A fork of {@code shop/pricing} created, then deleted, while a resolver watches: its rule must come, then go. */
final class ForkLifecycle {

    static final Workload PRICING = new Workload("Deployment", "shop", "pricing");

    private ForkLifecycle() {
    }

    static void assertAppearsThenGoes(KubernetesClient client, RouteResolver resolver, RoutingKey key, String sandbox)
            throws InterruptedException {
        client.resource(SandboxFixtures.fork("shop", "pricing", key.value(), sandbox, SandboxFixtures.FUTURE)).create();
        Eventually.await(() -> resolver.ruleFor(PRICING, key).isPresent());
        assertThat(resolver.ruleFor(PRICING, key)).as("rule once the fork exists")
                .contains(new RoutingRule(key, PRICING, sandbox));

        client.apps().deployments().inNamespace("shop").withName("pricing-" + key.value()).delete();
        Eventually.await(() -> resolver.ruleFor(PRICING, key).isEmpty());
        assertThat(resolver.ruleFor(PRICING, key)).as("rule once the fork is deleted").isEmpty();
    }
}
