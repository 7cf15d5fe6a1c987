package dev.sandboxtests.kubernetes.routes;

import dev.sandboxtests.routes.RouteTable;
import dev.sandboxtests.routes.RoutesServer;
import dev.sandboxtests.settings.SandboxSettings;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
 * <p>As a command ({@link #main}) it reads {@link KubernetesRoutesSettings#NAMESPACE} and
 * {@link KubernetesRoutesSettings#PORT} (every interface, 7778 by default, as Signadot's route server), takes the
 * cluster from fabric8's default configuration ({@code KUBECONFIG}, {@code ~/.kube/config}, or the pod's service
 * account), prints the address it serves at and runs until stopped: run it as a Deployment with a Service in front,
 * and give fork pods its address with {@code sandbox.kubernetes.routes-url}.
 */
public final class KubernetesRoutesServer implements AutoCloseable {

    private static final InetSocketAddress LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

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
        return start(client, namespace, clock, LOOPBACK);
    }

    /** {@link #start(KubernetesClient, String, Clock)}, listening at {@code address} (e.g. every interface of a pod). */
    public static KubernetesRoutesServer start(KubernetesClient client, String namespace, Clock clock,
            InetSocketAddress address) {
        return start(client, Optional.of(Objects.requireNonNull(namespace, "namespace")), clock, address);
    }

    /** Serves the rules of the fork Deployments of every namespace (needs cluster-wide list and watch rights). */
    public static KubernetesRoutesServer startAllNamespaces(KubernetesClient client, Clock clock) {
        return startAllNamespaces(client, clock, LOOPBACK);
    }

    /** {@link #startAllNamespaces(KubernetesClient, Clock)}, listening at {@code address}. */
    public static KubernetesRoutesServer startAllNamespaces(KubernetesClient client, Clock clock, InetSocketAddress address) {
        return start(client, Optional.empty(), clock, address);
    }

    private static KubernetesRoutesServer start(KubernetesClient client, Optional<String> namespace, Clock clock,
            InetSocketAddress address) {
        RouteTable table = new RouteTable();
        KubernetesRouteResolver resolver = KubernetesRouteResolver.start(client, namespace, clock,
                new RouteTableFeed(table));
        try {
            return new KubernetesRoutesServer(resolver, RoutesServer.start(table, address));
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
        SandboxSettings settings = SandboxSettings.fromSystem();
        String configured = settings.get(KubernetesRoutesSettings.NAMESPACE);
        InetSocketAddress address = new InetSocketAddress(settings.get(KubernetesRoutesSettings.PORT));
        KubernetesClient client = new KubernetesClientBuilder().build();
        boolean all = configured.equals(KubernetesRoutesSettings.ALL_NAMESPACES);
        String namespace = !configured.isEmpty() ? configured
                : Optional.ofNullable(client.getNamespace()).orElse("default");
        KubernetesRoutesServer routes = all ? startAllNamespaces(client, Clock.systemUTC(), address)
                : start(client, namespace, Clock.systemUTC(), address);
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
