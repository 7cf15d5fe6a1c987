package dev.sandboxtests.kubernetes.reaper;

import dev.sandboxtests.kubernetes.KubernetesLabels;
import dev.sandboxtests.routing.InvalidRoutingKeyException;
import dev.sandboxtests.routing.RoutingKey;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What sandboxes left in a scope, as listed once: our objects by routing key, and every {@code VirtualService}, whose
 * route entries may belong to sandboxes (one that another sandbox created and owns too: a sandbox that forks a
 * workload whose {@code VirtualService} a parallel sandbox created adds its entries there). Deployments and Services are listed by the
 * {@link KubernetesLabels#MANAGED_BY} label, so the API server never even hands over anything else; routing objects
 * are listed whole (a {@code VirtualService} we do not own may hold our entries) and told apart by that label.
 */
final class SandboxInventory {

    final Map<RoutingKey, SandboxObjects> sandboxes = new LinkedHashMap<>();
    final List<GenericKubernetesResource> virtualServices = new ArrayList<>();

    private SandboxInventory() {
    }

    /**
     * Lists the scope.
     *
     * @param problems gets a sentence for each of our objects that names no valid routing key (left alone)
     * @throws KubernetesClientException when a list fails for another reason than a missing CRD
     */
    static SandboxInventory load(KubernetesClient client, ClusterScope scope, List<String> problems) {
        SandboxInventory inventory = new SandboxInventory();
        for (ResourceDefinitionContext kind : RouteKinds.ALL) {
            for (GenericKubernetesResource object : listRoutes(client, kind, scope)) {
                if (isOurs(object)) {
                    inventory.keyOf(object, problems).ifPresent(key ->
                            inventory.sandbox(key).routes.add(new OwnedRoute(kind, object)));
                }
                if (kind == RouteKinds.VIRTUAL_SERVICE) {
                    inventory.virtualServices.add(object);
                }
            }
        }
        scope.of(client.services()).withLabel(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE).list()
                .getItems().forEach(service -> inventory.keyOf(service, problems)
                        .ifPresent(key -> inventory.sandbox(key).services.add(service)));
        scope.of(client.apps().deployments()).withLabel(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE)
                .list().getItems().forEach(deployment -> inventory.keyOf(deployment, problems)
                        .ifPresent(key -> inventory.sandbox(key).deployments.add(deployment)));
        return inventory;
    }

    /** The objects of {@code key} in the scope; empty when there are none. */
    SandboxObjects objectsOf(RoutingKey key) {
        return sandboxes.getOrDefault(key, new SandboxObjects());
    }

    static boolean isOurs(HasMetadata object) {
        Map<String, String> labels = object.getMetadata().getLabels();
        return labels != null && KubernetesLabels.MANAGED_BY_VALUE.equals(labels.get(KubernetesLabels.MANAGED_BY));
    }

    /** Whether the sandbox with {@code key} owns {@code object} (and so deletes it whole rather than edit it). */
    static boolean isOwnedBy(HasMetadata object, RoutingKey key) {
        return isOurs(object) && key.value().equals(object.getMetadata().getLabels().get(KubernetesLabels.ROUTING_KEY));
    }

    /** Every object of a kind whose CRD may be missing: a 404 on the list means the cluster has none. */
    private static List<GenericKubernetesResource> listRoutes(KubernetesClient client, ResourceDefinitionContext kind,
            ClusterScope scope) {
        try {
            return scope.of(client.genericKubernetesResources(kind)).list().getItems();
        } catch (KubernetesClientException e) {
            if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    private SandboxObjects sandbox(RoutingKey key) {
        return sandboxes.computeIfAbsent(key, any -> new SandboxObjects());
    }

    private Optional<RoutingKey> keyOf(HasMetadata object, List<String> problems) {
        String value = object.getMetadata().getLabels().get(KubernetesLabels.ROUTING_KEY);
        try {
            return Optional.of(RoutingKey.parse(value));
        } catch (InvalidRoutingKeyException e) {
            problems.add(describe(object) + " is labelled " + KubernetesLabels.MANAGED_BY + "="
                    + KubernetesLabels.MANAGED_BY_VALUE + " but its label " + KubernetesLabels.ROUTING_KEY + " is "
                    + (value == null ? "missing" : "'" + value + "'") + ": no sandbox owns it, so it is left alone."
                    + " Delete it by hand if nothing uses it.");
            return Optional.empty();
        }
    }

    static String describe(HasMetadata object) {
        return kindOf(object) + " " + object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
    }

    /** The object's kind; items of a list may come without one, then their model class names it. */
    static String kindOf(HasMetadata object) {
        return object.getKind() != null ? object.getKind() : object.getClass().getSimpleName();
    }
}
