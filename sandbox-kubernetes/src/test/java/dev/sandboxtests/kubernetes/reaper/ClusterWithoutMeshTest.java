package dev.sandboxtests.kubernetes.reaper;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cluster without Istio's and the Gateway API's CRDs: their lists answer 404, which is nothing to do, not an error. */
@EnableKubernetesMockClient(crud = true)
class ClusterWithoutMeshTest {

    KubernetesClient client;
    KubernetesMockServer server;

    @BeforeEach
    void noMeshCrds() {
        for (String path : new String[] {"/apis/networking.istio.io/v1/namespaces/shop/virtualservices",
                "/apis/gateway.networking.k8s.io/v1/namespaces/shop/httproutes",
                "/apis/gateway.networking.k8s.io/v1/namespaces/shop/grpcroutes"}) {
            server.expect().get().withPath(path).andReturn(404, new StatusBuilder().withCode(404)
                    .withReason("NotFound").withMessage("the server could not find the requested resource").build())
                    .always();
        }
        client.resource(SandboxFixtures.fork("shop", "pricing", "eeee3333", "job-c", SandboxFixtures.PAST)).create();
    }

    @Test
    void expiredForksAreStillRemovedAndNothingIsAProblem() {
        SweepReport report = KubernetesReaper.of(client, SandboxFixtures.clock()).sweep("shop");

        assertThat(report.problems()).isEmpty();
        assertThat(report.removed()).extracting(ReapedObject::name).containsExactly("pricing-eeee3333");
        assertThat(client.apps().deployments().inNamespace("shop").list().getItems()).isEmpty();
    }
}
