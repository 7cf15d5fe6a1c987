package dev.sandboxtests.kubernetes.reaper;

import dev.sandboxtests.kubernetes.KubernetesLabels;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Objects as the provider creates them for a sandbox, to put into the mock API server: what the reaper and the
 * route resolver find on a cluster.
 */
public final class SandboxFixtures {

    /** "Now" for every test: a fixed clock, so expiry never depends on when a test runs. */
    public static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");
    public static final Instant PAST = NOW.minus(Duration.ofMinutes(5));
    public static final Instant FUTURE = NOW.plus(Duration.ofHours(1));

    private SandboxFixtures() {
    }

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** The labels of every object of sandbox {@code sandbox} with routing key {@code key}. */
    public static Map<String, String> sandboxLabels(String key, String sandbox) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(KubernetesLabels.MANAGED_BY, KubernetesLabels.MANAGED_BY_VALUE);
        labels.put(KubernetesLabels.ROUTING_KEY, key);
        labels.put(KubernetesLabels.SANDBOX, sandbox);
        return labels;
    }

    /** A fork Deployment of {@code baseline} in {@code namespace}, as the provider creates it. */
    public static Deployment fork(String namespace, String baseline, String key, String sandbox, Instant expiresAt) {
        Map<String, String> labels = sandboxLabels(key, sandbox);
        labels.put(KubernetesLabels.BASELINE_KIND, "Deployment");
        labels.put(KubernetesLabels.BASELINE_NAMESPACE, namespace);
        labels.put(KubernetesLabels.BASELINE_NAME, baseline);
        return deployment(namespace, baseline + "-" + key, labels, expiresAt);
    }

    /** A Deployment with exactly {@code labels}. */
    public static Deployment deployment(String namespace, String name, Map<String, String> labels, Instant expiresAt) {
        return new DeploymentBuilder().withNewMetadata().withNamespace(namespace).withName(name).withLabels(labels)
                .withAnnotations(Map.of(KubernetesLabels.EXPIRES_AT, expiresAt.toString())).endMetadata()
                .withNewSpec().withReplicas(1).withNewSelector().withMatchLabels(Map.of("app", name)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", name)).endMetadata().withNewSpec()
                .addNewContainer().withName("app").withImage("registry.example/" + name + ":1").endContainer()
                .endSpec().endTemplate().endSpec().build();
    }

    /** The Service of a fork. */
    public static Service forkService(String namespace, String baseline, String key, String sandbox, Instant expiresAt) {
        return new ServiceBuilder().withNewMetadata().withNamespace(namespace).withName(baseline + "-" + key)
                .withLabels(sandboxLabels(key, sandbox))
                .withAnnotations(Map.of(KubernetesLabels.EXPIRES_AT, expiresAt.toString())).endMetadata()
                .withNewSpec().withSelector(Map.of("app", baseline + "-" + key)).addNewPort().withPort(80).endPort()
                .endSpec().build();
    }

    /** An Istio {@code VirtualService} with {@code labels} whose {@code spec.http} entries have these names. */
    public static GenericKubernetesResource virtualService(String namespace, String name, Map<String, String> labels,
            List<String> entryNames) {
        List<Object> http = entryNames.stream().<Object>map(entry -> Map.of("name", entry,
                "route", List.of(Map.of("destination", Map.of("host", name))))).toList();
        return new GenericKubernetesResourceBuilder().withApiVersion("networking.istio.io/v1").withKind("VirtualService")
                .withNewMetadata().withNamespace(namespace).withName(name).withLabels(labels).endMetadata()
                .withAdditionalProperties(Map.of("spec", Map.of("hosts", List.of(name), "http", http))).build();
    }
}
