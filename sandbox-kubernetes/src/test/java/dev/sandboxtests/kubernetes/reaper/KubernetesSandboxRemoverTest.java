package dev.sandboxtests.kubernetes.reaper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.reaper.Leftover;
import dev.sandboxtests.reaper.LeftoverRemover;
import dev.sandboxtests.routing.RoutingKey;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The watchdog's remover of kind kubernetes-sandbox takes a killed JVM's sandbox at once, and only that one. */
@EnableKubernetesMockClient(crud = true)
class KubernetesSandboxRemoverTest {

    KubernetesClient client;

    @Test
    void theWatchdogFindsTheRemoverByItsKind() {
        assertThat(ServiceLoader.load(LeftoverRemover.class).stream().map(ServiceLoader.Provider::get))
                .extracting(LeftoverRemover::kind).contains(KubernetesSandboxRemover.KIND);
    }

    @Test
    void removesTheSandboxOfTheLeftoverBeforeItsLeaseRunsOut() {
        client.resource(SandboxFixtures.fork("shop", "pricing", "kill1111", "killed", SandboxFixtures.FUTURE)).create();
        client.resource(SandboxFixtures.forkService("shop", "pricing", "kill1111", "killed", SandboxFixtures.FUTURE))
                .create();
        client.resource(SandboxFixtures.fork("shop", "pricing", "live2222", "other-job", SandboxFixtures.FUTURE)).create();
        Leftover leftover = KubernetesSandboxRemover.leftover("shop", RoutingKey.parse("kill1111"));

        new KubernetesSandboxRemover(client).remove(leftover);
        new KubernetesSandboxRemover(client).remove(leftover); // idempotent, as the watchdog needs

        assertThat(client.apps().deployments().inNamespace("shop").list().getItems())
                .extracting(deployment -> deployment.getMetadata().getName()).containsExactly("pricing-live2222");
        assertThat(client.services().inNamespace("shop").list().getItems()).isEmpty();
    }

    @Test
    void theLeftoverNamesNamespaceAndKey() {
        assertThat(KubernetesSandboxRemover.leftover("shop", RoutingKey.parse("kill1111")).parameters())
                .containsExactlyEntriesOf(new java.util.TreeMap<>(java.util.Map.of("namespace", "shop",
                        "routing-key", "kill1111")));
        assertThat(List.of(KubernetesSandboxRemover.KIND)).containsExactly("kubernetes-sandbox");
    }
}
