package dev.sandboxtests.kubernetes;

import dev.sandboxtests.routing.RoutingHeaders;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Istio routing: entries in the {@code VirtualService}s of the baseline's host. Each entry is named
 * {@code sandbox-tests-<key>} (plus {@code -<port>} for a Service of several ports), matches the routing key in the
 * routing headers and goes to the fork's Service; entries are inserted ahead of the existing ones, which stay as they
 * are. A host with no VirtualService gets one named {@code sandbox-tests-<baseline>}, labelled as the sandbox's, whose
 * last entry sends everything else to the baseline; the sandboxes of that baseline share it, and the last to leave
 * deletes it.
 *
 * <p>VirtualServices are read and written as fabric8 {@link GenericKubernetesResource}s: fabric8's typed Istio model
 * ({@code io.fabric8:istio-client}) is not published for fabric8 8.0.0. Writes carry the resourceVersion they read and
 * are retried on a conflict, so sandboxes of one baseline never overwrite each other's entries.
 */
final class IstioRoutes implements MeshRoutes {

    static final ResourceDefinitionContext VIRTUAL_SERVICE = new ResourceDefinitionContext.Builder()
            .withGroup("networking.istio.io").withVersion("v1").withKind("VirtualService").withPlural("virtualservices")
            .withNamespaced(true).build();
    private static final String BASELINE_ENTRY = "baseline";
    private static final int ATTEMPTS = 10;

    private final KubernetesClient client;
    private final RoutingHeaders headers;

    IstioRoutes(KubernetesClient client, RoutingHeaders headers) {
        this.client = client;
        this.headers = headers;
    }

    @Override
    public List<HasMetadata> preview(ForkPlan plan) {
        List<GenericKubernetesResource> existing = forHost(plan);
        if (existing.isEmpty()) {
            return List.of(owned(plan));
        }
        return existing.stream().<HasMetadata>map(vs -> withEntries(asManifest(vs), plan)).toList();
    }

    /** A copy without what the API server keeps for itself, as one would write it in a manifest. */
    private static GenericKubernetesResource asManifest(GenericKubernetesResource vs) {
        GenericKubernetesResource copy = Serialization.clone(vs);
        copy.getMetadata().setResourceVersion(null);
        copy.getMetadata().setUid(null);
        copy.getMetadata().setCreationTimestamp(null);
        copy.getMetadata().setGeneration(null);
        copy.getMetadata().setManagedFields(null);
        return copy;
    }

    @Override
    public void apply(ForkPlan plan) {
        retryOnConflict("add the routes of " + plan.name(), () -> {
            List<GenericKubernetesResource> existing = forHost(plan);
            if (existing.isEmpty()) {
                virtualServices(plan.namespace()).resource(owned(plan)).create();
            }
            for (GenericKubernetesResource vs : existing) {
                if (entries(vs).stream().noneMatch(entry -> isOurs(entry, plan.ownership()))) {
                    virtualServices(plan.namespace()).resource(withEntries(vs, plan)).update();
                }
            }
        });
    }

    @Override
    public Optional<String> missing(ForkPlan plan) {
        boolean inPlace = forHost(plan).stream().anyMatch(vs -> entries(vs).stream()
                .anyMatch(entry -> isOurs(entry, plan.ownership())));
        return inPlace ? Optional.empty() : Optional.of("no VirtualService for host " + plan.baseline().serviceName()
                + " has the route entry " + KubernetesLabels.ROUTE_NAME_PREFIX + plan.ownership().key());
    }

    @Override
    public void remove(Ownership ownership, String namespace) {
        retryOnConflict("remove the routes of sandbox " + ownership.sandbox(), () -> {
            for (GenericKubernetesResource vs : virtualServices(namespace).list().getItems()) {
                List<Map<String, Object>> entries = entries(vs);
                List<Map<String, Object>> kept = entries.stream().filter(entry -> !isOurs(entry, ownership)).toList();
                if (isOwnedBy(vs, ownership)) {
                    Optional<String> otherKey = kept.stream().map(IstioRoutes::sandboxKeyOf).flatMap(Optional::stream)
                            .findFirst();
                    if (otherKey.isEmpty()) {
                        virtualServices(namespace).resource(vs).delete();
                        continue;
                    }
                    new SharedRouteOwner(client, namespace).handOver(vs, otherKey.get());
                } else if (kept.size() == entries.size()) {
                    continue;
                }
                spec(vs).put("http", new ArrayList<>(kept));
                virtualServices(namespace).resource(vs).update();
            }
        });
    }

    private NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>> virtualServices(String namespace) {
        return client.genericKubernetesResources(VIRTUAL_SERVICE).inNamespace(namespace);
    }

    /** The VirtualServices in the baseline's namespace that name its Service among their hosts. */
    private List<GenericKubernetesResource> forHost(ForkPlan plan) {
        String name = plan.baseline().serviceName();
        String namespace = plan.namespace();
        List<String> aliases = List.of(name, name + "." + namespace, name + "." + namespace + ".svc", plan.baselineHost());
        return virtualServices(namespace).list().getItems().stream()
                .filter(vs -> spec(vs).get("hosts") instanceof List<?> hosts && hosts.stream().anyMatch(aliases::contains))
                .toList();
    }

    private GenericKubernetesResource owned(ForkPlan plan) {
        Map<String, Object> toBaseline = new LinkedHashMap<>();
        toBaseline.put("name", BASELINE_ENTRY);
        toBaseline.put("route", List.of(Map.of("destination", Map.of("host", plan.baselineHost()))));
        List<Object> http = new ArrayList<>(entriesFor(plan));
        http.add(toBaseline);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("hosts", List.of(plan.baselineHost()));
        spec.put("http", http);
        return new GenericKubernetesResourceBuilder()
                .withApiVersion(VIRTUAL_SERVICE.getGroup() + "/" + VIRTUAL_SERVICE.getVersion())
                .withKind(VIRTUAL_SERVICE.getKind())
                .withNewMetadata().withName(ForkNames.sharedRoute(plan.baseline().serviceName()))
                .withNamespace(plan.namespace()).withLabels(plan.ownership().labels())
                .withAnnotations(plan.ownership().annotations()).endMetadata()
                .addToAdditionalProperties("spec", spec)
                .build();
    }

    private GenericKubernetesResource withEntries(GenericKubernetesResource vs, ForkPlan plan) {
        List<Object> http = new ArrayList<>(entriesFor(plan));
        http.addAll(entries(vs));
        spec(vs).put("http", http);
        return vs;
    }

    /** The entries that send the sandbox's requests to the fork: one per port when the Service has several. */
    private List<Map<String, Object>> entriesFor(ForkPlan plan) {
        List<ServicePort> ports = plan.service().getSpec().getPorts();
        String name = KubernetesLabels.ROUTE_NAME_PREFIX + plan.ownership().key().value();
        if (ports.size() <= 1) {
            return List.of(entry(name, plan, null));
        }
        return ports.stream().map(port -> entry(name + "-" + port.getPort(), plan, port.getPort())).toList();
    }

    private Map<String, Object> entry(String name, ForkPlan plan, Integer port) {
        List<Object> matches = new ArrayList<>();
        for (HeaderMatch match : HeaderMatch.forKey(headers, plan.ownership().key())) {
            Map<String, Object> condition = new LinkedHashMap<>();
            condition.put("headers", Map.of(match.header(), Map.of(match.regex() ? "regex" : "exact", match.value())));
            if (port != null) {
                condition.put("port", port);
            }
            matches.add(condition);
        }
        Map<String, Object> destination = new LinkedHashMap<>();
        destination.put("host", plan.forkHost());
        if (port != null) {
            destination.put("port", Map.of("number", port));
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("match", matches);
        entry.put("route", List.of(Map.of("destination", destination)));
        return entry;
    }

    private static boolean isOurs(Map<String, Object> entry, Ownership ownership) {
        String ours = KubernetesLabels.ROUTE_NAME_PREFIX + ownership.key().value();
        return entry.get("name") instanceof String name && (name.equals(ours) || name.startsWith(ours + "-"));
    }

    /** The routing key of the sandbox that added {@code entry}, if a sandbox did. */
    private static Optional<String> sandboxKeyOf(Map<String, Object> entry) {
        if (entry.get("name") instanceof String name && name.startsWith(KubernetesLabels.ROUTE_NAME_PREFIX)) {
            String rest = name.substring(KubernetesLabels.ROUTE_NAME_PREFIX.length());
            int dash = rest.indexOf('-');
            return Optional.of(dash < 0 ? rest : rest.substring(0, dash));
        }
        return Optional.empty();
    }

    private static boolean isOwnedBy(GenericKubernetesResource vs, Ownership ownership) {
        Map<String, String> labels = vs.getMetadata().getLabels();
        return labels != null && KubernetesLabels.MANAGED_BY_VALUE.equals(labels.get(KubernetesLabels.MANAGED_BY))
                && ownership.key().value().equals(labels.get(KubernetesLabels.ROUTING_KEY));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource vs) {
        return (Map<String, Object>) vs.getAdditionalProperties().computeIfAbsent("spec", k -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(GenericKubernetesResource vs) {
        return spec(vs).get("http") instanceof List<?> http ? (List<Map<String, Object>>) http : List.of();
    }

    private static void retryOnConflict(String what, Runnable change) {
        for (int attempt = 1; ; attempt++) {
            try {
                change.run();
                return;
            } catch (KubernetesClientException e) {
                if ((e.getCode() != 409) || attempt == ATTEMPTS) {
                    throw new KubernetesSandboxException("Could not " + what + " in the VirtualServices"
                            + (e.getCode() == 409 ? " after " + ATTEMPTS + " conflicting writes" : "") + ": "
                            + e.getMessage(), e);
                }
            }
        }
    }
}
