package dev.sandboxtests.kubernetes.reaper;

import dev.sandboxtests.kubernetes.KubernetesLabels;
import dev.sandboxtests.routing.RoutingKey;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The TTL reaper: deletes the objects of sandboxes whose lease ({@link KubernetesLabels#EXPIRES_AT}) has passed, and
 * the route entries of sandboxes that are gone. It finds objects only by {@link KubernetesLabels#MANAGED_BY} and
 * judges each sandbox as a whole by its routing key ({@link SandboxExpiry}), so a sandbox of a parallel CI job whose
 * lease still runs is never touched, and an object without our label never is.
 *
 * <p>For each expired sandbox, in this order: its route entries in {@code VirtualService}s it does not own (the
 * cluster's, or another sandbox's; {@code http[].name} = {@link KubernetesLabels#ROUTE_NAME_PREFIX} + key), the
 * {@code VirtualService}s,
 * {@code HTTPRoute}s and {@code GRPCRoute}s it owns, its Services, its Deployments. A route entry whose sandbox has
 * no object left anywhere (its test JVM died between adding the entry and creating the rest, or someone deleted the
 * rest by hand) is taken out as well. A cluster without Istio's or the Gateway API's CRDs simply has none of those.
 *
 * <pre>{@code
 * // when a provider starts: clear what killed runs left in its namespace
 * SweepReport report = KubernetesReaper.of(client, Clock.systemUTC()).sweep("shop");
 * report.removed().forEach(object -> log.info("reaped " + object));
 *
 * // what would go, changing nothing
 * KubernetesReaper.of(client, Clock.systemUTC()).dryRun().sweepAllNamespaces();
 * }</pre>
 *
 * <p>Needs the rights to list, delete and (for {@code VirtualService}s it does not own) update those kinds in the namespaces
 * it sweeps; {@link #sweepAllNamespaces()} lists across the cluster. It never throws for what the cluster answers:
 * every failure is a sentence in {@link SweepReport#problems()}, and what failed stays for the next run.
 */
public final class KubernetesReaper {

    private final KubernetesClient client;
    private final Clock clock;
    private final boolean dryRun;

    private KubernetesReaper(KubernetesClient client, Clock clock, boolean dryRun) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dryRun = dryRun;
    }

    /** A reaper that works through {@code client} (which stays the caller's to close) and judges expiry by {@code clock}. */
    public static KubernetesReaper of(KubernetesClient client, Clock clock) {
        return new KubernetesReaper(client, clock, false);
    }

    /** The same reaper, but one that changes nothing and reports what it would remove. */
    public KubernetesReaper dryRun() {
        return new KubernetesReaper(client, clock, true);
    }

    /** Removes what expired sandboxes left in {@code namespace}. */
    public SweepReport sweep(String namespace) {
        return sweep(ClusterScope.namespace(namespace));
    }

    /** Removes what expired sandboxes left in every namespace (needs cluster-wide list rights). */
    public SweepReport sweepAllNamespaces() {
        return sweep(ClusterScope.allNamespaces());
    }

    /**
     * Removes every object of the sandbox with {@code key} in {@code namespace}, expired or not, in the same order
     * as a sweep: what the watchdog does when a test JVM was killed.
     */
    public SweepReport remove(String namespace, RoutingKey key) {
        Objects.requireNonNull(key, "key");
        SandboxRemoval removal = new SandboxRemoval(client, dryRun);
        try {
            SandboxInventory inventory = SandboxInventory.load(client, ClusterScope.namespace(namespace), removal.problems);
            removal.removeSandbox(key, inventory.objectsOf(key), inventory.virtualServices,
                    "its sandbox was removed on request");
        } catch (KubernetesClientException e) {
            removal.problems.add(listingFailed(ClusterScope.namespace(namespace), e));
        }
        return new SweepReport(removal.removed, removal.problems, dryRun);
    }

    private SweepReport sweep(ClusterScope scope) {
        SandboxRemoval removal = new SandboxRemoval(client, dryRun);
        Instant now = clock.instant();
        try {
            SandboxInventory inventory = SandboxInventory.load(client, scope, removal.problems);
            for (Map.Entry<RoutingKey, SandboxObjects> sandbox : inventory.sandboxes.entrySet()) {
                Optional<Instant> expiry = SandboxExpiry.expiresAt(sandbox.getValue().all());
                if (expiry.isPresent() && expiry.get().isBefore(now)) {
                    removal.removeSandbox(sandbox.getKey(), sandbox.getValue(), inventory.virtualServices,
                            "expired at " + expiry.get());
                }
            }
            for (RoutingKey key : keysOnlyInEntries(inventory)) {
                entriesReason(key, scope, now, removal.problems).ifPresent(reason ->
                        removal.removeEntries(key, inventory.virtualServices, reason));
            }
        } catch (KubernetesClientException e) {
            removal.problems.add(listingFailed(scope, e));
        }
        return new SweepReport(removal.removed, removal.problems, dryRun);
    }

    private static Set<RoutingKey> keysOnlyInEntries(SandboxInventory inventory) {
        Set<RoutingKey> keys = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        inventory.virtualServices.forEach(virtualService -> keys.addAll(RouteEntries.keysIn(virtualService)));
        keys.removeAll(inventory.sandboxes.keySet());
        return keys;
    }

    /**
     * Why the entries of a key with no object in the scope go, if they do: its sandbox may live in another namespace
     * (then its own expiry decides), or nowhere (then the entries are orphans).
     */
    private Optional<String> entriesReason(RoutingKey key, ClusterScope scope, Instant now, List<String> problems) {
        if (scope.namespace().isEmpty()) {
            return Optional.of("orphaned: no object of its sandbox is left");
        }
        List<HasMetadata> elsewhere = new ArrayList<>();
        try {
            elsewhere.addAll(client.apps().deployments().inAnyNamespace().withLabel(KubernetesLabels.ROUTING_KEY,
                    key.value()).withLabel(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE).list().getItems());
            elsewhere.addAll(client.services().inAnyNamespace().withLabel(KubernetesLabels.ROUTING_KEY, key.value())
                    .withLabel(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE).list().getItems());
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_FORBIDDEN) {
                throw e;
            }
            problems.add("Route entries of sandbox key " + key.value() + " in " + scope + " have no object of their"
                    + " sandbox beside them, and the reaper may not look in other namespaces (" + e.getMessage()
                    + "), so they stay. Sweep all namespaces, or grant list on Deployments and Services cluster-wide.");
            return Optional.empty();
        }
        if (elsewhere.isEmpty()) {
            return Optional.of("orphaned: no object of its sandbox is left");
        }
        Optional<Instant> expiry = SandboxExpiry.expiresAt(elsewhere);
        return expiry.filter(instant -> instant.isBefore(now)).map(instant -> "expired at " + instant);
    }

    private static String listingFailed(ClusterScope scope, KubernetesClientException e) {
        return "Could not list the sandboxes' objects in " + scope + " (HTTP " + e.getCode() + ": " + e.getMessage()
                + "), so nothing was removed there. Check that the client may list Deployments, Services and the"
                + " mesh's routing objects there.";
    }
}
