package dev.sandboxtests.kubernetes.routes;

import dev.sandboxtests.routes.RouteTable;
import dev.sandboxtests.routes.RoutesServer;
import dev.sandboxtests.settings.SandboxSettings;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * A route server for a cluster: the routing rules that fork Deployments' labels state, served over HTTP in the shape
 * of Signadot's routes API ({@link dev.sandboxtests.routes.RoutesApi}, {@code GET /api/v1/workloads/routing-rules}),
 * with the watch extension, by core's {@link RoutesServer}. A {@link KubernetesRouteResolver}'s informer feeds its
 * {@link RouteTable}, so a watching client ({@link dev.sandboxtests.routes.WatchingRouteResolver}, what
 * sandbox-aware Kafka consumers use through {@code SANDBOX_ROUTES_URL}) learns of a new or deleted fork at once.
 *
 * <pre>{@code
 * try (KubernetesRoutesServer routes = KubernetesRoutesServer.start(client, "shop", Clock.systemUTC())) {
 *     env.put(RouteResolvers.URL_VARIABLE, routes.uri().toString());
 * }
 * }</pre>
 *
 * <p>As a command ({@link #main}) it reads {@link KubernetesRoutesSettings#NAMESPACE}, takes the cluster from
 * fabric8's default configuration ({@code KUBECONFIG}, {@code ~/.kube/config}, or the pod's service account), prints
 * the address it serves at and runs until stopped. Core's {@link RoutesServer} listens on 127.0.0.1 and a free port,
 * so today the command serves processes on its own host (a sidecar in the consumers' pod, or a test machine); a pod
 * serving a whole namespace needs core to offer a bind address and port.
 */
public final class KubernetesRoutesServer implements AutoCloseable {

    private final KubernetesRouteResolver resolver;
    private final RoutesServer server;

    private KubernetesRoutesServer(KubernetesRouteResolver resolver, RoutesServer server) {
        this.resolver = resolver;
        this.server = server;
    }

    /**
     * Serves the rules of the fork Deployments in {@code namespace}, once they are listed.
     *
     * @throws KubernetesRoutesException if they cannot be listed or watched
     */
    public static KubernetesRoutesServer start(KubernetesClient client, String namespace, Clock clock) {
        return start(client, Optional.of(Objects.requireNonNull(namespace, "namespace")), clock);
    }

    /** Serves the rules of the fork Deployments of every namespace (needs cluster-wide list and watch rights). */
    public static KubernetesRoutesServer startAllNamespaces(KubernetesClient client, Clock clock) {
        return start(client, Optional.empty(), clock);
    }

    private static KubernetesRoutesServer start(KubernetesClient client, Optional<String> namespace, Clock clock) {
        RouteTable table = new RouteTable();
        KubernetesRouteResolver resolver = KubernetesRouteResolver.start(client, namespace, clock,
                new RouteTableFeed(table));
        try {
            return new KubernetesRoutesServer(resolver, RoutesServer.start(table));
        } catch (RuntimeException e) {
            resolver.close();
            throw e;
        }
    }

    /** Where it listens, e.g. {@code http://127.0.0.1:40123}: the value for {@code SANDBOX_ROUTES_URL}. */
    public URI uri() {
        return server.uri();
    }

    /** The resolver that feeds it, for callers in the same JVM. */
    public KubernetesRouteResolver resolver() {
        return resolver;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            resolver.close();
        }
    }

    /** Serves until the JVM is stopped; see the class description. */
    public static void main(String[] args) throws InterruptedException {
        String configured = SandboxSettings.fromSystem().get(KubernetesRoutesSettings.NAMESPACE);
        KubernetesClient client = new KubernetesClientBuilder().build();
        boolean all = configured.equals(KubernetesRoutesSettings.ALL_NAMESPACES);
        String namespace = !configured.isEmpty() ? configured
                : Optional.ofNullable(client.getNamespace()).orElse("default");
        KubernetesRoutesServer routes = all ? startAllNamespaces(client, Clock.systemUTC())
                : start(client, namespace, Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            routes.close();
            client.close();
            stopped.countDown();
        }, "sandbox-routes-shutdown"));
        System.out.println("Serving the routing rules of " + (all ? "all namespaces" : "namespace " + namespace)
                + " at " + routes.uri());
        stopped.await();
    }
}
