package dev.sandboxtests.kubernetes;

import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.ForkOf;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labels and annotation ({@link KubernetesLabels}) that mark an object as created by one sandbox: teardown, the
 * TTL reaper and the route resolver find objects by them.
 *
 * @param sandbox    the sandbox's name (an RFC 1123 label, so also a valid label value)
 * @param key        its routing key, the owner label
 * @param expiresAt  when reapers may delete what it created
 * @param userLabels the spec's labels, put on everything too
 */
record Ownership(String sandbox, RoutingKey key, Instant expiresAt, Map<String, String> userLabels) {

    Ownership {
        userLabels = Map.copyOf(userLabels);
    }

    /** The labels of an object that belongs to the sandbox but forks nothing (a VirtualService it creates). */
    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>(new TreeMap<>(userLabels));
        labels.put(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE);
        labels.put(KubernetesLabels.ROUTING_KEY, key.value());
        labels.put(KubernetesLabels.SANDBOX, sandbox);
        return labels;
    }

    /** The labels of a fork's Deployment, Service and pods. */
    Map<String, String> labels(ForkOf baseline, String namespace) {
        Map<String, String> labels = labels();
        labels.putAll(baselineLabels(baseline, namespace));
        return labels;
    }

    /** What tells a fork's pods from every other pod: its sandbox's key and the baseline it forks. */
    Map<String, String> forkSelector(ForkOf baseline, String namespace) {
        Map<String, String> selector = new LinkedHashMap<>();
        selector.put(KubernetesLabels.ROUTING_KEY, key.value());
        selector.putAll(baselineLabels(baseline, namespace));
        return selector;
    }

    /** The annotations of every object the sandbox creates. */
    Map<String, String> annotations() {
        return Map.of(KubernetesLabels.EXPIRES_AT, expiresAt.toString());
    }

    /** Selects every object of this sandbox. */
    Map<String, String> selector() {
        return Map.of(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE,
                KubernetesLabels.ROUTING_KEY, key.value());
    }

    private static Map<String, String> baselineLabels(ForkOf baseline, String namespace) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(KubernetesLabels.BASELINE_KIND, baseline.kind());
        labels.put(KubernetesLabels.BASELINE_NAMESPACE, namespace);
        labels.put(KubernetesLabels.BASELINE_NAME, baseline.name());
        return labels;
    }
}
