package dev.sandboxtests.samples.shop.kubernetes;

import dev.sandboxtests.local.RunningService;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The instances {@link SimulatedKubelet} runs, one per Deployment, with the labels of the Deployment's pod template:
 * what the mesh selects a Service's endpoints from, as kube-proxy and Envoy select pods by the Service's selector.
 * Thread-safe: the kubelet writes, the mesh's request threads read.
 */
final class RunningPods {

    private final Map<String, Pod> byDeployment = new ConcurrentHashMap<>();

    /** One running instance, as a pod of a Deployment with its labels. */
    record Pod(String deployment, Map<String, String> labels, RunningService instance) {
    }

    void add(Pod pod) {
        byDeployment.put(pod.deployment(), pod);
    }

    /** Removes the pod of {@code deployment}, if it has one, and returns it. */
    Optional<Pod> remove(String deployment) {
        return Optional.ofNullable(byDeployment.remove(deployment));
    }

    /** The addresses of the pods whose labels include every entry of {@code selector}. */
    List<URI> selectedBy(Map<String, String> selector) {
        return byDeployment.values().stream()
                .filter(pod -> pod.labels().entrySet().containsAll(selector.entrySet()))
                .map(pod -> pod.instance().uri()).toList();
    }

    /** The Deployments that have a running pod. */
    List<String> deployments() {
        return byDeployment.keySet().stream().sorted().toList();
    }

    /** Removes every pod and returns them. */
    List<Pod> removeAll() {
        List<Pod> all = List.copyOf(byDeployment.values());
        all.forEach(pod -> byDeployment.remove(pod.deployment()));
        return all;
    }
}
