package dev.sandboxtests.kubernetes.routes;

import static dev.sandboxtests.kubernetes.reaper.SandboxFixtures.FUTURE;
import static dev.sandboxtests.kubernetes.reaper.SandboxFixtures.fork;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kubernetes.reaper.SandboxFixtures;
import dev.sandboxtests.routes.RoutesApi;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.WatchingRouteResolver;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routing.RoutingKey;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A sandbox-aware consumer's resolver ({@link WatchingRouteResolver}, as in a pod with SANDBOX_ROUTES_URL) against
 * the cluster's route server: a fork Deployment's rule appears when it is created and goes when it is deleted.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesRoutesServerTest {

    static final Workload PRICING = new Workload("Deployment", "shop", "pricing");
    static final RoutingKey KEY = RoutingKey.parse("k3v9x0q2m8a7c1zt");

    KubernetesClient client;

    @Test
    void aWatchingClientSeesAForkAppearAndGo() throws InterruptedException {
        try (KubernetesRoutesServer server = KubernetesRoutesServer.start(client, "shop", SandboxFixtures.clock());
             WatchingRouteResolver consumer = WatchingRouteResolver.watch(server.uri())) {
            assertThat(consumer.rules(PRICING)).isEmpty();

            ForkLifecycle.assertAppearsThenGoes(client, consumer, KEY, "pricing-v2");
        }
    }

    @Test
    void answersTheRoutesApiOfSignadotByBaseline() throws IOException, InterruptedException {
        client.resource(fork("shop", "pricing", KEY.value(), "pricing-v2", FUTURE)).create();
        client.resource(fork("shop", "shipping", "other1234", "shipping-v2", FUTURE)).create();
        try (KubernetesRoutesServer server = KubernetesRoutesServer.start(client, "shop", SandboxFixtures.clock())) {
            MockWatches.awaitReplayed(client, "shop", server.resolver());
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri()
                    .resolve(RoutesApi.PATH + "?" + RoutesApi.query(PRICING))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(RoutesApi.read(response.body())).containsExactly(new RoutingRule(KEY, PRICING, "pricing-v2"));
        }
    }
}
