package dev.sandboxtests.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands a route object that sandboxes share (one a sandbox created for a baseline without routes) from the sandbox
 * leaving to one still using it, so that it keeps the owner label of a live sandbox: the next to leave deletes it, and
 * a reaper deletes it when that sandbox expires. The new owner's name and expiry come from its fork Deployments.
 */
final class SharedRouteOwner {

    private final KubernetesClient client;
    private final String namespace;

    SharedRouteOwner(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /** Relabels {@code object} (in memory; the caller writes it) as owned by the sandbox of {@code key}. */
    void handOver(HasMetadata object, String key) {
        ObjectMeta metadata = object.getMetadata();
        Map<String, String> labels = new LinkedHashMap<>(metadata.getLabels());
        labels.put(KubernetesLabels.ROUTING_KEY, key);
        Map<String, String> annotations = new LinkedHashMap<>(metadata.getAnnotations() == null ? Map.of()
                : metadata.getAnnotations());
        client.apps().deployments().inNamespace(namespace).withLabel(KubernetesLabels.ROUTING_KEY, key)
                .withLabel(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE).list().getItems().stream()
                .findFirst().map(Deployment::getMetadata).ifPresent(owner -> {
                    labels.put(KubernetesLabels.SANDBOX, owner.getLabels().get(KubernetesLabels.SANDBOX));
                    if (owner.getAnnotations() != null && owner.getAnnotations().containsKey(KubernetesLabels.EXPIRES_AT)) {
                        annotations.put(KubernetesLabels.EXPIRES_AT, owner.getAnnotations().get(KubernetesLabels.EXPIRES_AT));
                    }
                });
        metadata.setLabels(labels);
        metadata.setAnnotations(annotations);
    }
}
