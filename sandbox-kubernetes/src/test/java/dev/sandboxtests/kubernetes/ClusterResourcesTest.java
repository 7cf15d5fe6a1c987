package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.ResourceSpec;
import dev.sandboxtests.spec.SandboxSpec;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kubernetes provider creates a sandbox's resources before its forks, puts their outputs in the forks' environment, and deletes them. */
@EnableKubernetesMockClient(crud = true)
class ClusterResourcesTest {

    static KubernetesClient client;

    private static final RoutingKey KEY = RoutingKey.parse("r3s0urc3s9x2m8a7");

    private final KubernetesSandboxProvider provider = new KubernetesSandboxProvider(client, Clock.systemUTC(), () -> KEY);

    @Test
    void theForksDeploymentCarriesTheOutputsAndClosingDeletesTheResourceAfterTheFork(@TempDir Path parent) {
        new ShopCluster(client, "resources").withPricing().withVirtualService();
        Path directory = parent.resolve("scratch-" + KEY.value());

        Sandbox sandbox = provider.create(spec(parent, "pricing"),
                TestContext.of(getClass(), "sandbox.kubernetes.namespace", "resources"));
        try {
            assertThat(directory).isDirectory();
            assertThat(sandbox.resourceOutputs("scratch")).containsEntry("path", directory.toString());
            assertThat(client.apps().deployments().inNamespace("resources").withName("pricing-" + KEY).get()
                    .getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                    .extracting(EnvVar::getName, EnvVar::getValue)
                    .contains(tuple("SCRATCH_PATH", directory.toString()));
        } finally {
            sandbox.close();
        }
        assertThat(directory).doesNotExist();
        assertThat(client.apps().deployments().inNamespace("resources").withName("pricing-" + KEY).get()).isNull();
    }

    @Test
    void whenTheForksCannotBeMadeTheResourceIsDeletedAgain(@TempDir Path parent) {
        new ShopCluster(client, "no-baseline");

        assertThatThrownBy(() -> provider.create(spec(parent, "pricing"),
                TestContext.of(getClass(), "sandbox.kubernetes.namespace", "no-baseline")))
                .isInstanceOf(SandboxConfigurationException.class)
                .hasMessageContaining("no Deployment 'pricing' in namespace 'no-baseline'");
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void aDryRunCreatesNoResource(@TempDir Path parent, @TempDir Path manifests) {
        new ShopCluster(client, "dry").withPricing().withVirtualService();

        provider.create(spec(parent, "pricing"), TestContext.of(getClass(), "sandbox.kubernetes.namespace", "dry",
                "sandbox.kubernetes.dry-run", manifests.toString())).close();

        assertThat(parent).isEmptyDirectory();
    }

    private static SandboxSpec spec(Path parent, String service) {
        return SandboxSpec.builder("with-scratch").fork(ForkSpec.of(service))
                .resource(ResourceSpec.of("scratch", "scratch-directory", Map.of("parent", parent.toString()))).build();
    }
}
