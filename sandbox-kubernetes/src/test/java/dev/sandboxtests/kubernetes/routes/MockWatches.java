package dev.sandboxtests.kubernetes.routes;

import dev.sandboxtests.kubernetes.reaper.SandboxFixtures;
import dev.sandboxtests.routes.RouteResolver;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routing.RoutingKey;
import io.fabric8.kubernetes.client.KubernetesClient;

/**
 * Works around a flaw of fabric8's mock API server (8.0.0): when a watch opens it replays every stored object as an
 * event from an executor of its own, and if the client closes the watch while a replay is still queued, the server
 * waits for that executor on its event loop, which the replay needs: its shutdown then times out ("Unable to close
 * MockWebServer"). Before a test closes a resolver, it waits until a last object's event has reached it; the replay
 * is sent in order, so nothing is queued after that. A real API server needs none of this.
 */
final class MockWatches {

    private static final Workload SENTINEL = new Workload("Deployment", "", "replay-sentinel");

    private MockWatches() {
    }

    /** Creates a fork of a sentinel workload in {@code namespace} and waits until {@code resolver} routes it. */
    static void awaitReplayed(KubernetesClient client, String namespace, RouteResolver resolver)
            throws InterruptedException {
        RoutingKey key = RoutingKey.parse("sentinel0000");
        client.resource(SandboxFixtures.fork(namespace, SENTINEL.name(), key.value(), "sentinel", SandboxFixtures.FUTURE))
                .create();
        Eventually.await(() -> resolver.ruleFor(SENTINEL, key).isPresent());
    }
}
