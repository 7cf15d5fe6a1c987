package dev.sandboxtests.kubernetes.routes;

import dev.sandboxtests.kubernetes.KubernetesLabels;
import dev.sandboxtests.kubernetes.reaper.SandboxExpiry;
import dev.sandboxtests.routes.RouteResolver;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routing.RoutingKey;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link RouteResolver} that reads who is routed where from the labels of the fork Deployments sandboxes create
 * ({@link KubernetesLabels}), in one namespace or in all. A fabric8 informer keeps a cached view: it lists the
 * labelled Deployments once, then watches them, so a new fork is known as soon as the API server tells, and
 * {@link #rules} answers from memory. A sandbox whose lease ({@link KubernetesLabels#EXPIRES_AT}) has passed is not
 * routed, judged as the reaper judges it ({@link SandboxExpiry}), though its Deployments may linger until the reaper
 * comes by.
 *
 * <pre>{@code
 * try (KubernetesRouteResolver routes = KubernetesRouteResolver.watch(client, "shop", Clock.systemUTC())) {
 *     Optional<RoutingRule> rule = routes.ruleFor(new Workload("Deployment", "shop", "shipping"), key);
 * }
 * }</pre>
 *
 * <p>Needs the rights to list and watch Deployments in that namespace (or cluster-wide). Thread-safe.
 */
public final class KubernetesRouteResolver implements RouteResolver, AutoCloseable {

    /**
     * How often the informer hands every cached Deployment to its handler again, so that a sandbox whose lease runs
     * out while nothing changes leaves the rules pushed to watchers within this time.
     */
    static final Duration EXPIRY_RECHECK = Duration.ofSeconds(30);
    private static final Duration WATCH_OPEN_TIMEOUT = Duration.ofSeconds(10);
    private static final String BY_KEY = "routing-key";

    private final SharedIndexInformer<Deployment> informer;
    private final Clock clock;
    private final RuleChanges changes;

    private KubernetesRouteResolver(SharedIndexInformer<Deployment> informer, Clock clock, RuleChanges changes) {
        this.informer = informer;
        this.clock = clock;
        this.changes = changes;
    }

    /**
     * Starts watching the fork Deployments in {@code namespace}; returns once the first list is in the cache.
     *
     * @throws KubernetesRoutesException if the Deployments cannot be listed or watched, saying why
     */
    public static KubernetesRouteResolver watch(KubernetesClient client, String namespace, Clock clock) {
        Objects.requireNonNull(namespace, "namespace");
        return start(client, Optional.of(namespace), clock, RuleChanges.NONE);
    }

    /** Starts watching the fork Deployments of every namespace (needs cluster-wide list and watch rights). */
    public static KubernetesRouteResolver watchAllNamespaces(KubernetesClient client, Clock clock) {
        return start(client, Optional.empty(), clock, RuleChanges.NONE);
    }

    static KubernetesRouteResolver start(KubernetesClient client, Optional<String> namespace, Clock clock,
            RuleChanges changes) {
        var deployments = namespace.isPresent() ? client.apps().deployments().inNamespace(namespace.get())
                : client.apps().deployments().inAnyNamespace();
        SharedIndexInformer<Deployment> informer = deployments
                .withLabel(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE)
                .withLabel(KubernetesLabels.ROUTING_KEY)
                .runnableInformer(EXPIRY_RECHECK.toMillis());
        informer.addIndexers(Map.of(BY_KEY, deployment -> ForkLabels.keyOf(deployment).map(RoutingKey::value).stream()
                .toList()));
        KubernetesRouteResolver resolver = new KubernetesRouteResolver(informer, Objects.requireNonNull(clock, "clock"),
                changes);
        informer.addEventHandler(resolver.new Handler());
        try {
            informer.run();
            awaitWatching(informer);
        } catch (KubernetesClientException e) {
            informer.close();
            throw new KubernetesRoutesException("Could not watch the fork Deployments in "
                    + namespace.map(name -> "namespace " + name).orElse("all namespaces") + " (HTTP " + e.getCode()
                    + ": " + e.getMessage() + "). The route resolver needs to list and watch Deployments there.", e);
        }
        return resolver;
    }

    /**
     * Waits, a bounded time, until the informer's watch is open, not only its first list done: an informer closed
     * while its watch is still being opened can leave that connection open (fabric8 cancels the future, not the
     * connection that completes it later). Past the bound the informer keeps trying by itself.
     */
    private static void awaitWatching(SharedIndexInformer<Deployment> informer) {
        long deadline = System.nanoTime() + WATCH_OPEN_TIMEOUT.toNanos();
        try {
            while (!informer.isWatching() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<RoutingRule> rules(Workload baseline) {
        Map<String, List<Deployment>> byKey = new LinkedHashMap<>();
        for (Deployment deployment : informer.getStore().list()) {
            ForkLabels.keyOf(deployment).ifPresent(key ->
                    byKey.computeIfAbsent(key.value(), any -> new ArrayList<>()).add(deployment));
        }
        List<RoutingRule> rules = new ArrayList<>();
        byKey.values().forEach(forks -> rules.addAll(liveRules(forks)));
        return rules.stream().filter(rule -> rule.baseline().matches(baseline)).toList();
    }

    /** Looked up by key in the informer's index: a consumer asks this for every keyed record. */
    @Override
    public Optional<RoutingRule> ruleFor(Workload baseline, RoutingKey key) {
        return rulesOf(key).stream().filter(rule -> rule.baseline().matches(baseline)).findFirst();
    }

    /** Every rule of {@code key} now; empty when its sandbox has no fork or has expired. */
    List<RoutingRule> rulesOf(RoutingKey key) {
        return liveRules(informer.getIndexer().byIndex(BY_KEY, key.value()));
    }

    private List<RoutingRule> liveRules(List<Deployment> forksOfOneKey) {
        if (SandboxExpiry.hasExpired(forksOfOneKey, clock.instant())) {
            return List.of();
        }
        return forksOfOneKey.stream().map(ForkLabels::ruleOf).flatMap(Optional::stream).distinct().toList();
    }

    /** Stops watching. */
    @Override
    public void close() {
        informer.close();
    }

    /** Tells {@link #changes} the rules of the key whose Deployment changed, from the cache the event updated. */
    private final class Handler implements ResourceEventHandler<Deployment> {

        @Override
        public void onAdd(Deployment deployment) {
            changed(deployment);
        }

        @Override
        public void onUpdate(Deployment before, Deployment after) {
            changed(before);
            changed(after);
        }

        @Override
        public void onDelete(Deployment deployment, boolean finalStateUnknown) {
            changed(deployment);
        }

        private void changed(Deployment deployment) {
            ForkLabels.keyOf(deployment).ifPresent(key -> changes.changed(key, rulesOf(key)));
        }
    }
}
