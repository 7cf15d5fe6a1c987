package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.Customizations;
import dev.sandboxtests.spec.ForkOf;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sandbox that cannot be created says why, and leaves nothing behind of what it had created. */
@EnableKubernetesMockClient(crud = true)
class CreateFailuresTest {

    static KubernetesClient client;

    private static final RoutingKey KEY = RoutingKey.parse("k3v9x0q2m8a7c1zt");

    private final KubernetesSandboxProvider provider = new KubernetesSandboxProvider(client, Clock.systemUTC(), () -> KEY);

    @Test
    void whenAnObjectCannotBeCreatedWhatWasCreatedIsRemoved() {
        ShopCluster shop = new ShopCluster(client, "taken").withPricing().withVirtualService();
        List<String> baselineBefore = shop.baselineSpecs();
        // Someone else's Service has the name the fork's Service needs: its creation fails after the Deployment's.
        client.resource(new ServiceBuilder().withNewMetadata().withName("pricing-" + KEY).withNamespace("taken")
                .endMetadata().withNewSpec().addNewPort().withPort(80).endPort().endSpec().build()).create();

        assertThatThrownBy(() -> provider.create(SandboxSpec.builder("clash").fork(ForkSpec.of("pricing")).build(),
                TestContext.of(getClass(), "sandbox.kubernetes.namespace", "taken")))
                .isInstanceOf(KubernetesSandboxException.class)
                .hasMessageContaining("Could not create sandbox 'clash'").hasMessageContaining("removed again");

        assertThat(shop.objectsOf(KEY.value())).isEmpty();
        assertThat(client.services().inNamespace("taken").withName("pricing-" + KEY).get()).isNotNull();
        assertThat(shop.baselineSpecs()).isEqualTo(baselineBefore);
    }

    @Test
    void aMissingBaselineIsNamedWithWhereItWasLookedFor() {
        new ShopCluster(client, "empty");
        assertThatThrownBy(() -> provider.create(SandboxSpec.builder("nothing").fork(ForkSpec.of("pricing")).build(),
                TestContext.of(getClass(), "sandbox.kubernetes.namespace", "empty")))
                .isInstanceOf(SandboxConfigurationException.class)
                .hasMessageContaining("no Deployment 'pricing' in namespace 'empty'")
                .hasMessageContaining("sandbox.kubernetes.namespace");
    }

    @Test
    void anImageForNoContainerOfTheBaselineIsRejectedBeforeAnythingIsCreated() {
        ShopCluster shop = new ShopCluster(client, "containers").withPricing();
        SandboxSpec spec = SandboxSpec.builder("wrong-container").fork(new ForkSpec(new ForkOf(null, null, "pricing"),
                new Customizations(List.of(new Customizations.Image("pricing:2", "sidecar")), List.of()))).build();

        assertThatThrownBy(() -> provider.create(spec, TestContext.of(getClass(), "sandbox.kubernetes.namespace", "containers")))
                .isInstanceOf(SandboxConfigurationException.class)
                .hasMessageContaining("customizations.images[].container 'sidecar' is not a container")
                .hasMessageContaining("[pricing]");
        assertThat(shop.objectsOf(KEY.value())).isEmpty();
    }

    @Test
    void onlyDeploymentsAreForked() {
        SandboxSpec spec = SandboxSpec.builder("rollout").fork(new ForkSpec(new ForkOf("Rollout", "shop", "pricing"),
                null)).build();
        assertThatThrownBy(() -> provider.create(spec, TestContext.of(getClass())))
                .isInstanceOf(SandboxConfigurationException.class)
                .hasMessageContaining("forks Deployments only");
    }
}
