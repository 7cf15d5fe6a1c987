package dev.sandboxtests.kubernetes.reaper;

import dev.sandboxtests.routing.RoutingKey;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Removes one sandbox's objects in dependency order: its route entries in objects it does not own and the routing
 * objects it owns first (so that no request is routed to a Service about to go), then its Services, then its
 * Deployments. The first step that fails stops the sandbox's removal, so that the next run resumes in the same order
 * instead of leaving a route that points at nothing. In a dry run it only reports.
 */
final class SandboxRemoval {

    /** Attempts at taking entries out of a {@code VirtualService} others change at the same time. */
    private static final int CONFLICT_ATTEMPTS = 5;

    private final KubernetesClient client;
    private final boolean dryRun;
    final List<ReapedObject> removed = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    SandboxRemoval(KubernetesClient client, boolean dryRun) {
        this.client = client;
        this.dryRun = dryRun;
    }

    /** Removes everything of {@code key}; false when a step failed (said in {@link #problems}). */
    boolean removeSandbox(RoutingKey key, SandboxObjects objects, List<GenericKubernetesResource> virtualServices,
            String reason) {
        if (!removeEntries(key, virtualServices, reason)) {
            return false;
        }
        for (OwnedRoute route : objects.routes) {
            if (holdsOthersEntries(route, key)) {
                // A parallel sandbox routes through it: deleting it would cut that sandbox off. Only our entries go
                // (above); a later run deletes it once the others' entries are gone.
                continue;
            }
            if (!delete(key, route.object(), reason, object -> client.genericKubernetesResources(route.kind())
                    .inNamespace(object.getMetadata().getNamespace()).withName(object.getMetadata().getName()))) {
                return false;
            }
        }
        for (Service service : objects.services) {
            if (!delete(key, service, reason, object -> client.services()
                    .inNamespace(object.getMetadata().getNamespace()).withName(object.getMetadata().getName()))) {
                return false;
            }
        }
        for (Deployment deployment : objects.deployments) {
            if (!delete(key, deployment, reason, object -> client.apps().deployments()
                    .inNamespace(object.getMetadata().getNamespace()).withName(object.getMetadata().getName()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Takes the entries of {@code key} out of every {@code VirtualService} in {@code virtualServices} that holds some,
     * except those the sandbox owns and deletes whole.
     */
    boolean removeEntries(RoutingKey key, List<GenericKubernetesResource> virtualServices, String reason) {
        for (GenericKubernetesResource virtualService : virtualServices) {
            boolean goesWhole = SandboxInventory.isOwnedBy(virtualService, key)
                    && !holdsOthersEntries(new OwnedRoute(RouteKinds.VIRTUAL_SERVICE, virtualService), key);
            if (goesWhole || !RouteEntries.keysIn(virtualService).contains(key)) {
                continue;
            }
            try {
                for (String entry : takeEntriesOut(virtualService, key)) {
                    removed.add(new ReapedObject("VirtualService route entry", virtualService.getMetadata().getNamespace(),
                            virtualService.getMetadata().getName() + "#" + entry, key, reason));
                }
            } catch (KubernetesClientException e) {
                problems.add("Could not take the route entries of sandbox key " + key.value() + " out of "
                        + SandboxInventory.describe(virtualService) + ": " + e.getMessage()
                        + ". Its objects stay until the next run.");
                return false;
            }
        }
        return true;
    }

    /** Whether an object the sandbox owns holds route entries of other sandboxes. */
    private static boolean holdsOthersEntries(OwnedRoute route, RoutingKey key) {
        return route.kind() == RouteKinds.VIRTUAL_SERVICE
                && RouteEntries.keysIn(route.object()).stream().anyMatch(other -> !other.equals(key));
    }

    /**
     * Reads the object afresh and writes it back without the key's entries, with its resource version as a lock, so
     * that an entry another CI job added in between is never lost: on a conflict it reads and tries again.
     */
    private List<String> takeEntriesOut(GenericKubernetesResource listed, RoutingKey key) {
        Resource<GenericKubernetesResource> resource = client.genericKubernetesResources(RouteKinds.VIRTUAL_SERVICE)
                .inNamespace(listed.getMetadata().getNamespace()).withName(listed.getMetadata().getName());
        for (int attempt = 1; ; attempt++) {
            GenericKubernetesResource current = resource.get();
            if (current == null) {
                return List.of();
            }
            List<String> entries = RouteEntries.remove(current, key);
            if (entries.isEmpty() || dryRun) {
                return entries;
            }
            try {
                client.genericKubernetesResources(RouteKinds.VIRTUAL_SERVICE)
                        .inNamespace(current.getMetadata().getNamespace()).resource(current).update();
                return entries;
            } catch (KubernetesClientException e) {
                if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || attempt == CONFLICT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private <T extends HasMetadata> boolean delete(RoutingKey key, T object, String reason,
            Function<T, Resource<T>> resource) {
        try {
            boolean gone = dryRun || !resource.apply(object).delete().isEmpty();
            if (!gone) {
                return true; // deleted by someone else since it was listed
            }
            removed.add(new ReapedObject(SandboxInventory.kindOf(object), object.getMetadata().getNamespace(),
                    object.getMetadata().getName(), key, reason));
            return true;
        } catch (KubernetesClientException e) {
            problems.add("Could not delete " + SandboxInventory.describe(object) + " of sandbox key " + key.value() + ": "
                    + e.getMessage() + ". It and the sandbox's remaining objects stay until the next run.");
            return false;
        }
    }
}
