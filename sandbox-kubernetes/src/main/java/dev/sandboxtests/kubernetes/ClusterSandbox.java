package dev.sandboxtests.kubernetes;

import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.resources.SandboxResources;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.SandboxSpec;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A sandbox on a cluster: its forks' Deployments and Services and its routing rules. Teardown finds what to delete by
 * the sandbox's routing key label alone, in dependency order (routing rules, so no request is sent to a fork going
 * away, then Services, then Deployments), and tries every step whatever failed before.
 *
 * <p>In a dry run nothing was applied: {@link #awaitReady} returns at once and {@link #close()} deletes nothing,
 * while endpoints are computed as usual.
 */
final class ClusterSandbox implements Sandbox {

    private final SandboxSpec spec;
    private final Ownership ownership;
    private final RoutingHeaders headers;
    private final KubernetesClient client;
    private final List<ForkPlan> plans;
    private final MeshRoutes routes;
    private final ServiceEndpoints endpoints;
    private final boolean dryRun;
    private final ReaperRegistrations registrations;
    private final SandboxResources resources;
    private final AtomicBoolean closed = new AtomicBoolean();

    ClusterSandbox(SandboxSpec spec, Ownership ownership, RoutingHeaders headers, KubernetesClient client,
            List<ForkPlan> plans, MeshRoutes routes, ServiceEndpoints endpoints, boolean dryRun,
            ReaperRegistrations registrations, SandboxResources resources) {
        this.spec = spec;
        this.ownership = ownership;
        this.headers = headers;
        this.client = client;
        this.plans = List.copyOf(plans);
        this.routes = routes;
        this.endpoints = endpoints;
        this.dryRun = dryRun;
        this.registrations = registrations;
        this.resources = resources;
    }

    @Override
    public Map<String, String> resourceOutputs(String resource) {
        return resources.outputsOf(resource);
    }

    /** Everything this sandbox applies, in the order it applies it (route objects as they will be). */
    static List<HasMetadata> manifests(List<ForkPlan> plans, MeshRoutes routes) {
        List<HasMetadata> objects = new ArrayList<>();
        for (ForkPlan plan : plans) {
            objects.add(plan.deployment());
            objects.add(plan.service());
            objects.addAll(routes.preview(plan));
        }
        return objects;
    }

    /** Creates the forks and their routes; on failure removes what it created and rethrows. */
    void apply() {
        try {
            for (ForkPlan plan : plans) {
                client.resource(plan.deployment()).create();
                client.resource(plan.service()).create();
                routes.apply(plan);
            }
        } catch (RuntimeException e) {
            try {
                close();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e instanceof KubernetesSandboxException ? e : new KubernetesSandboxException("Could not create sandbox '"
                    + spec.name() + "': " + e.getMessage() + ". What it had created is removed again.", e);
        }
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public SandboxSpec spec() {
        return spec;
    }

    @Override
    public RoutingKey routingKey() {
        return ownership.key();
    }

    @Override
    public RoutingHeaders routingHeaders() {
        return headers;
    }

    @Override
    public URI endpoint(String service) {
        return endpoints.endpoint(service);
    }

    @Override
    public Map<String, URI> endpoints() {
        return endpoints.endpoints();
    }

    @Override
    public Optional<String> logs() {
        return plans.isEmpty() ? Optional.empty() : Optional.of("kubectl logs -n " + plans.get(0).namespace() + " -l "
                + KubernetesLabels.ROUTING_KEY + "=" + ownership.key() + " --all-containers --prefix");
    }

    @Override
    public void awaitReady(Duration timeout) {
        if (!dryRun) {
            new ForkReadiness(client, routes).await(spec.name(), plans, timeout);
        }
    }

    @Override
    public void close() {
        if (dryRun || closed.getAndSet(true)) {
            return;
        }
        KubernetesSandboxException failure = new KubernetesSandboxException("Could not delete everything sandbox '"
                + spec.name() + "' created; delete what carries the label " + KubernetesLabels.ROUTING_KEY + "="
                + ownership.key() + " yourself, or let the reaper do it after " + ownership.expiresAt());
        for (String namespace : plans.stream().map(ForkPlan::namespace).distinct().toList()) {
            attempt(failure, () -> routes.remove(ownership, namespace));
            attempt(failure, () -> client.services().inNamespace(namespace).withLabels(ownership.selector()).list()
                    .getItems().forEach(service -> client.resource(service).delete()));
            attempt(failure, () -> client.apps().deployments().inNamespace(namespace).withLabels(ownership.selector())
                    .list().getItems().forEach(deployment -> client.resource(deployment).delete()));
        }
        // The resources go last, once the forks that use them are deleted (their own leftovers stay registered
        // with the reaper until they are gone).
        attempt(failure, resources::close);
        if (failure.getSuppressed().length > 0) {
            throw failure; // still registered: the watchdog or the TTL reaper tries again
        }
        registrations.close();
    }

    private static void attempt(KubernetesSandboxException failure, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
