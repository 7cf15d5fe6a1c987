package dev.sandboxtests.kubernetes.routes;

import dev.sandboxtests.kubernetes.KubernetesLabels;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routing.InvalidRoutingKeyException;
import dev.sandboxtests.routing.RoutingKey;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Map;
import java.util.Optional;

/**
 * The routing rule a fork Deployment's labels state: {@link KubernetesLabels#ROUTING_KEY} routes to sandbox
 * {@link KubernetesLabels#SANDBOX}'s fork of the workload {@code BASELINE_KIND}/{@code BASELINE_NAMESPACE}/
 * {@code BASELINE_NAME} (kind {@code Deployment} and the fork's own namespace where a label is missing). A
 * Deployment without our {@link KubernetesLabels#MANAGED_BY}, a valid key, a sandbox or a baseline name states none.
 */
final class ForkLabels {

    private ForkLabels() {
    }

    static Optional<RoutingRule> ruleOf(Deployment deployment) {
        Map<String, String> labels = deployment.getMetadata().getLabels();
        if (labels == null || !KubernetesLabels.MANAGED_BY_VALUE.equals(labels.get(KubernetesLabels.MANAGED_BY))) {
            return Optional.empty();
        }
        Optional<RoutingKey> key = keyOf(deployment);
        String sandbox = labels.get(KubernetesLabels.SANDBOX);
        String baseline = labels.get(KubernetesLabels.BASELINE_NAME);
        if (key.isEmpty() || blank(sandbox) || blank(baseline)) {
            return Optional.empty();
        }
        String namespace = labels.get(KubernetesLabels.BASELINE_NAMESPACE);
        return Optional.of(new RoutingRule(key.get(), new Workload(labels.get(KubernetesLabels.BASELINE_KIND),
                blank(namespace) ? deployment.getMetadata().getNamespace() : namespace, baseline), sandbox));
    }

    static Optional<RoutingKey> keyOf(Deployment deployment) {
        Map<String, String> labels = deployment.getMetadata().getLabels();
        try {
            return Optional.of(RoutingKey.parse(labels == null ? null : labels.get(KubernetesLabels.ROUTING_KEY)));
        } catch (InvalidRoutingKeyException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
