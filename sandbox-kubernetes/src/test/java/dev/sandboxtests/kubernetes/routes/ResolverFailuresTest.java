package dev.sandboxtests.kubernetes.routes;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.kubernetes.reaper.SandboxFixtures;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

/** A resolver that may not list the Deployments fails at once, saying where and what right it needs. */
@EnableKubernetesMockClient(crud = true)
class ResolverFailuresTest {

    KubernetesClient client;
    KubernetesMockServer server;

    @Test
    void aRefusedListFailsTheStartNamingTheNamespace() {
        server.expect().get().withPath("/apis/apps/v1/namespaces/shop/deployments?labelSelector="
                + "app.kubernetes.io%2Fmanaged-by%3Dsandbox-tests%2Csandboxtests.dev%2Frouting-key&resourceVersion=0")
                .andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
                        .withMessage("deployments.apps is forbidden").build()).always();

        assertThatThrownBy(() -> KubernetesRouteResolver.watch(client, "shop", SandboxFixtures.clock()))
                .isInstanceOf(KubernetesRoutesException.class)
                .hasMessageContaining("namespace shop")
                .hasMessageContaining("needs to list and watch Deployments");
    }
}
