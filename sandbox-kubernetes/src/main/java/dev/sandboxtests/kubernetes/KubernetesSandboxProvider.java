package dev.sandboxtests.kubernetes;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxProvider;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.resources.SandboxResources;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.spec.Customizations;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Kubernetes provider ({@code sandbox.provider=kubernetes}): for each fork of the spec, a Deployment copied from
 * the baseline's pod template with the spec's images and environment, a Service selecting only its pods, and a routing
 * rule on the cluster's mesh (Istio {@code VirtualService} entries, or Gateway API routes) that sends requests
 * carrying the sandbox's routing key to the fork. Everything it creates carries the labels of {@link KubernetesLabels};
 * the baseline's objects are only read, and of route objects it does not own it changes only the entries it adds.
 *
 * <pre>{@code
 * // junit-platform.properties
 * sandbox.provider=kubernetes
 * sandbox.kubernetes.namespace=shop
 *
 * @SandboxTest(forks = @Fork(value = "pricing", image = "registry.example.com/pricing:pr-42"))
 * class PricingTest { ... }
 * }</pre>
 *
 * <p>The client comes from the settings ({@link KubernetesSettings}: kubeconfig, context, else fabric8's
 * autodetection) and is shared by the run's sandboxes. Before its first sandbox in a namespace, a run removes the
 * expired sandboxes there ({@link dev.sandboxtests.kubernetes.reaper.KubernetesReaper}); each sandbox is registered
 * with the reaper of {@code sandbox-core}, whose watchdog deletes it should the test JVM be killed. Thread-safe.
 */
public final class KubernetesSandboxProvider implements SandboxProvider {

    public static final String NAME = "kubernetes";

    private final Function<ProvisioningContext, KubernetesClient> clients;
    private final Clock clock;
    private final Supplier<RoutingKey> keys;

    /** The provider ServiceLoader finds: its client comes from the settings. */
    public KubernetesSandboxProvider() {
        this(KubernetesClients::shared, Clock.systemUTC(), RoutingKey::random);
    }

    /** A provider on a client of the caller's (a mock API server's), with a fixed clock and keys for golden files. */
    KubernetesSandboxProvider(KubernetesClient client, Clock clock, Supplier<RoutingKey> keys) {
        this(context -> client, clock, keys);
    }

    private KubernetesSandboxProvider(Function<ProvisioningContext, KubernetesClient> clients, Clock clock,
            Supplier<RoutingKey> keys) {
        this.clients = clients;
        this.clock = clock;
        this.keys = keys;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Sandbox create(SandboxSpec spec, ProvisioningContext context) {
        SandboxSettings settings = context.settings();
        KubernetesClient client = clients.apply(context);
        String namespace = defaultNamespace(context, client);
        Ownership ownership = new Ownership(spec.name(), keys.get(),
                clock.instant().plus(spec.ttl().orElse(settings.get(KubernetesSettings.DEFAULT_TTL))), spec.labels());
        ForkManifests manifests = new ForkManifests(new ForkImages(settings.get(KubernetesSettings.IMAGE),
                settings.get(KubernetesSettings.IMAGE_TEMPLATE)), settings.get(KubernetesSettings.ROUTES_URL));
        String dryRun = settings.get(KubernetesSettings.DRY_RUN);
        // Resources exist before the forks' manifests are made, which carry their outputs; a dry run creates none.
        SandboxResources resources = dryRun.isEmpty()
                ? SandboxResources.create(spec, ownership.key().value(), context, Reaper.forSettings(settings))
                : SandboxResources.none();
        try {
            return create(spec, context, client, namespace, ownership, manifests, dryRun, resources);
        } catch (RuntimeException e) {
            try {
                resources.close();
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
    }

    private Sandbox create(SandboxSpec spec, ProvisioningContext context, KubernetesClient client, String namespace,
                           Ownership ownership, ForkManifests manifests, String dryRun, SandboxResources resources) {
        SandboxSettings settings = context.settings();
        MeshRoutes routes = switch (settings.get(KubernetesSettings.MESH)) {
            case ISTIO -> new IstioRoutes(client, context.routingHeaders());
            case GATEWAY_API -> new GatewayApiRoutes(client, context.routingHeaders());
        };
        List<ForkPlan> plans = new ArrayList<>();
        Map<String, Service> baselines = new LinkedHashMap<>();
        try {
            for (ForkSpec declared : spec.forks()) {
                ForkSpec fork = withResourceOutputs(declared, resources.environment());
                String forkNamespace = fork.forkOf().namespace() == null ? namespace : fork.forkOf().namespace();
                ForkPlan plan = manifests.plan(Baseline.read(client, fork.forkOf(), forkNamespace), fork, ownership);
                plans.add(plan);
                baselines.put(fork.service(), plan.baseline().service());
            }
        } catch (KubernetesClientException e) {
            throw new KubernetesSandboxException("Could not read the baselines of sandbox '" + spec.name() + "' from "
                    + client.getMasterUrl() + ": " + e.getMessage() + ". Check the kubeconfig (settings "
                    + KubernetesSettings.KUBECONFIG.key() + ", " + KubernetesSettings.CONTEXT.key() + ").", e);
        }
        ServiceEndpoints endpoints = new ServiceEndpoints(client, namespace,
                settings.get(KubernetesSettings.ENDPOINT_TEMPLATE), settings.get(KubernetesSettings.ENDPOINTS), baselines);
        if (!dryRun.isEmpty()) {
            DryRunManifests.write(Path.of(dryRun), spec.name(), ClusterSandbox.manifests(plans, routes));
            return new ClusterSandbox(spec, ownership, context.routingHeaders(), client, plans, routes, endpoints,
                    true, ReaperRegistrations.NONE, resources);
        }
        List<String> namespaces = plans.stream().map(ForkPlan::namespace).distinct().toList();
        namespaces.forEach(forkNamespace -> ExpiredSandboxes.sweepOnce(context, client, clock, forkNamespace));
        ReaperRegistrations registrations = ReaperRegistrations.register(Reaper.forSettings(settings), namespaces,
                ownership.key());
        ClusterSandbox sandbox = new ClusterSandbox(spec, ownership, context.routingHeaders(), client, plans, routes,
                endpoints, false, registrations, resources);
        sandbox.apply();
        return sandbox;
    }

    /** The fork with the resources' outputs as its first variables: its own same-named ones win. */
    private static ForkSpec withResourceOutputs(ForkSpec fork, Map<String, String> outputs) {
        if (outputs.isEmpty()) {
            return fork;
        }
        List<Customizations.EnvVar> env = new ArrayList<>();
        outputs.forEach((name, value) -> env.add(new Customizations.EnvVar(name, value, null)));
        env.addAll(fork.customizations().env());
        return new ForkSpec(fork.forkOf(), new Customizations(fork.customizations().images(), env));
    }

    /** {@code @KubernetesSandbox(namespace)}, else the setting, else the client's namespace, else {@code default}. */
    private static String defaultNamespace(ProvisioningContext context, KubernetesClient client) {
        String annotated = context.annotation(KubernetesSandbox.class).map(KubernetesSandbox::namespace).orElse("");
        if (!annotated.isBlank()) {
            return annotated;
        }
        String configured = context.settings().get(KubernetesSettings.NAMESPACE);
        if (!configured.isEmpty()) {
            return configured;
        }
        return client.getNamespace() == null ? "default" : client.getNamespace();
    }
}
