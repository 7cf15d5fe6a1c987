package dev.sandboxtests.kubernetes.reaper;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

/** What the cluster refuses becomes a sentence in the report, and nothing is removed on a partial picture. */
@EnableKubernetesMockClient(crud = true)
class ReaperFailuresTest {

    KubernetesClient client;
    KubernetesMockServer server;

    @Test
    void aListTheClientMayNotMakeIsAProblemAndNothingIsRemoved() {
        client.resource(SandboxFixtures.fork("shop", "pricing", "eeee3333", "job-c", SandboxFixtures.PAST)).create();
        server.expect().get().withPath("/api/v1/namespaces/shop/services?labelSelector="
                + "app.kubernetes.io%2Fmanaged-by%3Dsandbox-tests").andReturn(403, new StatusBuilder().withCode(403)
                .withReason("Forbidden").withMessage("services is forbidden").build()).always();

        SweepReport report = KubernetesReaper.of(client, SandboxFixtures.clock()).sweep("shop");

        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).singleElement().asString()
                .contains("Could not list the sandboxes' objects in namespace shop", "403");
        assertThat(report.removed()).isEmpty();
        assertThat(client.apps().deployments().inNamespace("shop").list().getItems()).hasSize(1);
    }

    @Test
    void anObjectOfOursWithoutAValidKeyIsLeftAloneAndSaidSo() {
        var labels = SandboxFixtures.sandboxLabels("eeee3333", "job-c");
        labels.put(dev.sandboxtests.kubernetes.KubernetesLabels.ROUTING_KEY, "Not-A-Key");
        client.resource(SandboxFixtures.deployment("shop", "stray", labels, SandboxFixtures.PAST)).create();

        SweepReport report = KubernetesReaper.of(client, SandboxFixtures.clock()).sweep("shop");

        assertThat(report.problems()).singleElement().asString().contains("shop/stray", "'Not-A-Key'", "left alone");
        assertThat(client.apps().deployments().inNamespace("shop").withName("stray").get()).isNotNull();
    }
}
