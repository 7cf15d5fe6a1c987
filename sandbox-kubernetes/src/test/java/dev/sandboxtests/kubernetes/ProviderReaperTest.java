package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kubernetes.reaper.KubernetesSandboxRemover;
import dev.sandboxtests.kubernetes.reaper.SandboxFixtures;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider and the reapers: before its first sandbox in a namespace it removes the sandboxes whose lease ran out
 * there (and none that still runs), and each sandbox is registered with the core reaper's watchdog while it lives.
 */
@EnableKubernetesMockClient(crud = true)
class ProviderReaperTest {

    static KubernetesClient client;

    @KubernetesSandbox(namespace = "reaped")
    static final class PricingTest {
    }

    private final KubernetesSandboxProvider provider = new KubernetesSandboxProvider(client, SandboxFixtures.clock(),
            RoutingKey::random);

    @Test
    void aSandboxSweepsTheNamespacesExpiredSandboxesAndIsWatchedByTheReaperWhileItLives(@TempDir Path registry)
            throws Exception {
        new ShopCluster(client, "reaped").withPricing().withVirtualService();
        client.resource(SandboxFixtures.fork("reaped", "pricing", "expired0000000001", "killed-job", SandboxFixtures.PAST))
                .create();
        client.resource(SandboxFixtures.fork("reaped", "pricing", "running000000001", "other-job", SandboxFixtures.FUTURE))
                .create();

        try (SimulatedController controller = new SimulatedController(client, "reaped", SimulatedController.Outcome.AVAILABLE)) {
            Sandbox sandbox = provider.create(SandboxSpec.builder("volume-discount").fork(ForkSpec.of("pricing")).build(),
                    TestContext.of(PricingTest.class, "sandbox.reaper.directory", registry.toString()));
            String key = sandbox.routingKey().value();

            assertThat(forkKeys()).as("forks once the sandbox is created")
                    .containsExactlyInAnyOrder("running000000001", key);
            assertThat(registered(registry)).as("the reaper's registry while the sandbox lives").singleElement()
                    .satisfies(entry -> assertThat(entry).contains(KubernetesSandboxRemover.KIND).contains(key)
                            .contains("reaped"));

            sandbox.awaitReady(Duration.ofSeconds(30));
            sandbox.close();
            assertThat(registered(registry)).as("the reaper's registry once the sandbox is closed").isEmpty();
            assertThat(forkKeys()).containsExactly("running000000001");
        }
    }

    private static List<String> forkKeys() {
        return client.apps().deployments().inNamespace("reaped").withLabel(KubernetesLabels.MANAGED_BY).list().getItems()
                .stream().map(deployment -> deployment.getMetadata().getLabels().get(KubernetesLabels.ROUTING_KEY)).toList();
    }

    private static List<String> registered(Path registry) throws IOException {
        if (!Files.isDirectory(registry)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(registry)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().endsWith(".log")
                            && !file.getFileName().toString().endsWith(".lock"))
                    .map(ProviderReaperTest::read).filter(text -> text.contains(KubernetesSandboxRemover.KIND)).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
