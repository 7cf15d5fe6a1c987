package dev.sandboxtests.kubernetes.reaper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.settings.SandboxSettings;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduled reaper: one line per removed object, the exit status CI acts on. */
@EnableKubernetesMockClient(crud = true)
class KubernetesReaperCommandTest {

    KubernetesClient client;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void cluster() {
        client.resource(SandboxFixtures.fork("shop", "pricing", "eeee3333", "job-c", SandboxFixtures.PAST)).create();
        client.resource(SandboxFixtures.fork("payments", "ledger", "ffff4444", "job-d", SandboxFixtures.PAST)).create();
        client.resource(SandboxFixtures.fork("shop", "pricing", "aaaa1111", "job-a", SandboxFixtures.FUTURE)).create();
    }

    @Test
    void aDryRunListsWhatWouldGoAndRemovesNothing() {
        int status = run(Map.of(), "--namespace", "shop", "--dry-run");

        assertThat(status).isZero();
        assertThat(lines(out)).containsExactly("would remove Deployment shop/pricing-eeee3333 (sandbox key eeee3333:"
                + " expired at " + SandboxFixtures.PAST + ")");
        assertThat(client.apps().deployments().inAnyNamespace().list().getItems()).hasSize(3);
    }

    @Test
    void namespacesFromTheSettingAreSwept() {
        int status = run(Map.of(KubernetesReaperSettings.NAMESPACES.key(), "shop, payments"));

        assertThat(status).isZero();
        assertThat(lines(out)).hasSize(2).allMatch(line -> line.startsWith("removed Deployment "));
        assertThat(client.apps().deployments().inAnyNamespace().list().getItems())
                .extracting(deployment -> deployment.getMetadata().getName()).containsExactly("pricing-aaaa1111");
    }

    @Test
    void allNamespacesAtOnce() {
        assertThat(run(Map.of(), "--all-namespaces")).isZero();

        assertThat(lines(out)).hasSize(2);
    }

    @Test
    void aWrongArgumentSaysWhatIsWrongAndExitsWithTwo() {
        assertThat(run(Map.of(), "--namespaces", "shop")).isEqualTo(KubernetesReaperCommand.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown argument '--namespaces'", "usage:");
        assertThat(run(Map.of(), "--all-namespaces", "-n", "shop")).isEqualTo(KubernetesReaperCommand.USAGE);
    }

    @Test
    void anInvalidSettingIsAUsageError() {
        assertThat(run(Map.of(KubernetesReaperSettings.DRY_RUN.key(), "maybe"))).isEqualTo(KubernetesReaperCommand.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains(KubernetesReaperSettings.DRY_RUN.key(), "maybe");
    }

    private int run(Map<String, String> settings, String... args) {
        return KubernetesReaperCommand.run(args, SandboxSettings.withParameters(settings), client,
                SandboxFixtures.clock(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static java.util.List<String> lines(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
