package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import io.fabric8.kubernetes.api.model.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider as a suite meets it: found by {@code sandbox.provider=kubernetes} through {@link SandboxSession}, its
 * client made from settings alone (a kubeconfig file and a context in it), namespace from the context.
 */
@EnableKubernetesMockClient(crud = true)
class SandboxSessionFromSettingsTest {

    static KubernetesClient client;

    @TempDir
    Path directory;

    static final class PricingBench {
    }

    @Test
    void aSessionCreatesAndRemovesTheSandboxWithTheClientOfTheKubeconfigContext() throws Exception {
        ShopCluster shop = new ShopCluster(client, "session").withPricing();
        Path kubeconfig = kubeconfig();
        try (SimulatedController controller = new SimulatedController(client, "session", SimulatedController.Outcome.AVAILABLE)) {
            String key;
            try (SandboxSession session = SandboxSession.builder(PricingBench.class)
                    .parameter("sandbox.provider", "kubernetes")
                    .parameter("sandbox.kubernetes.kubeconfig", kubeconfig.toString())
                    .parameter("sandbox.kubernetes.context", "mock")
                    .parameter("sandbox.ready-timeout", "30s").build()) {
                Sandbox sandbox = session.start(SandboxSpec.builder("session").fork(ForkSpec.of("pricing")).build());
                key = sandbox.routingKey().value();
                assertThat(shop.objectsOf(key)).extracting(o -> o.getMetadata().getName())
                        .contains("pricing-" + key, "sandbox-tests-pricing");
                assertThat(sandbox.endpoint("pricing")).isEqualTo(URI.create("http://pricing.session.svc.cluster.local:8080"));
            }
            controller.awaitGarbageCollected(key);
            assertThat(shop.objectsOf(key)).isEmpty();
        }
    }

    @Test
    void anUnreadableKubeconfigIsNamed() {
        Path missing = directory.resolve("no-such-kubeconfig");
        try (SandboxSession session = SandboxSession.builder(PricingBench.class)
                .parameter("sandbox.provider", "kubernetes")
                .parameter("sandbox.kubernetes.kubeconfig", missing.toString()).build()) {
            assertThatThrownBy(() -> session.start(SandboxSpec.builder("session").fork(ForkSpec.of("pricing")).build()))
                    .isInstanceOf(SandboxConfigurationException.class)
                    .hasMessageContaining(missing.toString()).hasMessageContaining("sandbox.kubernetes.kubeconfig");
        }
    }

    /** A kubeconfig whose current context points nowhere, and whose context {@code mock} is the mock API server. */
    private Path kubeconfig() throws Exception {
        String url = client.getMasterUrl().toString();
        io.fabric8.kubernetes.api.model.Config config = new ConfigBuilder()
                .addNewCluster().withName("nowhere").withNewCluster().withServer("https://127.0.0.1:1").endCluster().endCluster()
                .addNewCluster().withName("mock").withNewCluster().withServer(url).withInsecureSkipTlsVerify(true)
                .endCluster().endCluster()
                .addNewUser().withName("tester").withNewUser().withToken("not-a-secret").endUser().endUser()
                .addNewContext().withName("nowhere").withNewContext().withCluster("nowhere").withUser("tester")
                .endContext().endContext()
                .addNewContext().withName("mock").withNewContext().withCluster("mock").withUser("tester")
                .withNamespace("session").endContext().endContext()
                .withCurrentContext("nowhere").build();
        Path file = directory.resolve("kubeconfig");
        Files.writeString(file, Serialization.asYaml(config));
        return file;
    }
}
