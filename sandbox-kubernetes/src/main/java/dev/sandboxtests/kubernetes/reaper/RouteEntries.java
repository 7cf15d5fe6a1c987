package dev.sandboxtests.kubernetes.reaper;

import dev.sandboxtests.kubernetes.KubernetesLabels;
import dev.sandboxtests.routing.InvalidRoutingKeyException;
import dev.sandboxtests.routing.RoutingKey;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The route entries a sandbox adds to an Istio {@code VirtualService} it does not own: the elements of
 * {@code spec.http} named {@link KubernetesLabels#ROUTE_NAME_PREFIX} + routing key, possibly followed by {@code -}
 * and a suffix. A routing key holds only {@code a-z0-9}, so the key ends at the first {@code -} after the prefix.
 */
final class RouteEntries {

    private RouteEntries() {
    }

    /** The routing keys whose entries {@code virtualService} holds. */
    static Set<RoutingKey> keysIn(GenericKubernetesResource virtualService) {
        Set<RoutingKey> keys = new LinkedHashSet<>();
        for (Object entry : httpEntries(virtualService)) {
            nameOf(entry).flatMap(RouteEntries::keyOf).ifPresent(keys::add);
        }
        return keys;
    }

    /**
     * Takes the entries of {@code key} out of {@code virtualService}'s {@code spec.http}, in place.
     *
     * @return the names of the entries taken out; empty when it held none
     */
    static List<String> remove(GenericKubernetesResource virtualService, RoutingKey key) {
        List<Object> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Object entry : httpEntries(virtualService)) {
            Optional<String> name = nameOf(entry);
            if (name.flatMap(RouteEntries::keyOf).filter(key::equals).isPresent()) {
                removed.add(name.get());
            } else {
                kept.add(entry);
            }
        }
        if (!removed.isEmpty()) {
            Map<Object, Object> spec = new LinkedHashMap<>(spec(virtualService));
            spec.put("http", kept);
            virtualService.getAdditionalProperties().put("spec", spec);
        }
        return removed;
    }

    /** The routing key an entry's name carries, if it is one of ours. */
    static Optional<RoutingKey> keyOf(String entryName) {
        if (!entryName.startsWith(KubernetesLabels.ROUTE_NAME_PREFIX)) {
            return Optional.empty();
        }
        String rest = entryName.substring(KubernetesLabels.ROUTE_NAME_PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            return Optional.of(RoutingKey.parse(dash < 0 ? rest : rest.substring(0, dash)));
        } catch (InvalidRoutingKeyException e) {
            return Optional.empty();
        }
    }

    private static Map<?, ?> spec(GenericKubernetesResource resource) {
        return resource.getAdditionalProperties().get("spec") instanceof Map<?, ?> spec ? spec : Map.of();
    }

    private static List<?> httpEntries(GenericKubernetesResource resource) {
        return spec(resource).get("http") instanceof List<?> http ? http : List.of();
    }

    private static Optional<String> nameOf(Object entry) {
        return entry instanceof Map<?, ?> map && map.get("name") instanceof String name ? Optional.of(name)
                : Optional.empty();
    }
}
