package dev.sandboxtests.kubernetes;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxProvider;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.settings.SandboxSettings;
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
 * autodetection) and is shared by the run's sandboxes. Thread-safe.
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
        MeshRoutes routes = switch (settings.get(KubernetesSettings.MESH)) {
            case ISTIO -> new IstioRoutes(client, context.routingHeaders());
            case GATEWAY_API -> new GatewayApiRoutes(client, context.routingHeaders());
        };
        List<ForkPlan> plans = new ArrayList<>();
        Map<String, Service> baselines = new LinkedHashMap<>();
        try {
            for (ForkSpec fork : spec.forks()) {
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
        String dryRun = settings.get(KubernetesSettings.DRY_RUN);
        ClusterSandbox sandbox = new ClusterSandbox(spec, ownership, context.routingHeaders(), client, plans, routes,
                endpoints, !dryRun.isEmpty());
        if (dryRun.isEmpty()) {
            sandbox.apply();
        } else {
            DryRunManifests.write(Path.of(dryRun), spec.name(), ClusterSandbox.manifests(plans, routes));
        }
        return sandbox;
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
