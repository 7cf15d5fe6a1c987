package dev.sandboxtests.kubernetes.reaper;

import dev.sandboxtests.reaper.Leftover;
import dev.sandboxtests.reaper.LeftoverRemover;
import dev.sandboxtests.routing.RoutingKey;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The core reaper's remover of kind {@value #KIND}: removes every object of one sandbox (a namespace and a routing
 * key) at once when its test JVM was killed, through {@link KubernetesReaper#remove} — the same code and order as
 * the TTL reaper, only without waiting for the lease to run out. Found by {@link java.util.ServiceLoader} in the
 * watchdog.
 *
 * <p>The watchdog runs in a JVM of its own, so the remover builds its own client from fabric8's default
 * configuration, as the provider did: {@code KUBECONFIG} (or {@code ~/.kube/config}) and its current context, or the
 * service account of the pod it runs in. A provider whose client was configured otherwise cannot be followed there;
 * the TTL reaper then catches the sandbox once its lease runs out.
 *
 * <pre>{@code
 * Reaper.Registration registration = reaper.register(KubernetesSandboxRemover.leftover("shop", sandbox.routingKey()));
 * // ... delete the sandbox's objects normally, then:
 * registration.close();
 * }</pre>
 */
public final class KubernetesSandboxRemover implements LeftoverRemover {

    /** The kind: {@value}. */
    public static final String KIND = "kubernetes-sandbox";
    static final String NAMESPACE = "namespace";
    static final String ROUTING_KEY = "routing-key";

    private final Supplier<KubernetesClient> clients;
    private final boolean closesClients;

    /** For {@link java.util.ServiceLoader}: a client from fabric8's default configuration for each removal. */
    public KubernetesSandboxRemover() {
        this(() -> new KubernetesClientBuilder().build(), true);
    }

    /** With {@code client}, which stays the caller's to close (for tests). */
    KubernetesSandboxRemover(KubernetesClient client) {
        this(() -> client, false);
    }

    private KubernetesSandboxRemover(Supplier<KubernetesClient> clients, boolean closesClients) {
        this.clients = clients;
        this.closesClients = closesClients;
    }

    /** The leftover that names the sandbox with {@code key} whose objects are in {@code namespace}. */
    public static Leftover leftover(String namespace, RoutingKey key) {
        return Leftover.of(KIND, Map.of(NAMESPACE, namespace, ROUTING_KEY, key.value()));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * @throws KubernetesRemovalException if an object could not be removed or listed, with every reason; the
     *         watchdog keeps the entry and a later run tries again
     */
    @Override
    public void remove(Leftover leftover) {
        String namespace = leftover.parameter(NAMESPACE);
        RoutingKey key = RoutingKey.parse(leftover.parameter(ROUTING_KEY));
        KubernetesClient client = clients.get();
        try {
            SweepReport report = KubernetesReaper.of(client, Clock.systemUTC()).remove(namespace, key);
            if (!report.succeeded()) {
                throw new KubernetesRemovalException("The sandbox with key " + key.value() + " in namespace " + namespace
                        + " was not removed completely: " + String.join(" ", report.problems()));
            }
        } finally {
            if (closesClients) {
                client.close();
            }
        }
    }
}
