package dev.sandboxtests.kubernetes;

import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.spec.ForkOf;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;

/**
 * The workload a fork copies, as the cluster has it: its Deployment and the Service that selects its pods. Read only;
 * nothing here is ever written back.
 *
 * @param forkOf     what the spec names
 * @param namespace  where it lives
 * @param deployment the baseline Deployment
 * @param service    the Service whose selector matches the Deployment's pods
 */
record Baseline(ForkOf forkOf, String namespace, Deployment deployment, Service service) {

    /** The baseline Service's name: the host the mesh routes for. */
    String serviceName() {
        return service.getMetadata().getName();
    }

    /**
     * Reads the baseline of {@code forkOf} in {@code namespace}.
     *
     * @throws SandboxConfigurationException if the kind is not Deployment, the Deployment does not exist, or no
     *     single Service selects its pods, saying what was found
     */
    static Baseline read(KubernetesClient client, ForkOf forkOf, String namespace) {
        if (!ForkOf.DEFAULT_KIND.equals(forkOf.kind())) {
            throw new SandboxConfigurationException("Fork of " + forkOf.kind() + " '" + forkOf.name() + "': the Kubernetes"
                    + " provider forks Deployments only. Set forkOf.kind to Deployment.");
        }
        Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(forkOf.name()).get();
        if (deployment == null) {
            throw new SandboxConfigurationException("There is no Deployment '" + forkOf.name() + "' in namespace '"
                    + namespace + "' to fork. Check forkOf.name and the namespace (forkOf.namespace,"
                    + " @KubernetesSandbox(namespace), setting " + KubernetesSettings.NAMESPACE.key() + ").");
        }
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        List<Service> selecting = client.services().inNamespace(namespace).list().getItems().stream()
                .filter(s -> selects(s, podLabels)).toList();
        Service service = selecting.stream().filter(s -> s.getMetadata().getName().equals(forkOf.name())).findFirst()
                .orElseGet(() -> selecting.size() == 1 ? selecting.get(0) : null);
        if (service == null) {
            throw new SandboxConfigurationException("Deployment '" + namespace + "/" + forkOf.name() + "' has "
                    + (selecting.isEmpty() ? "no Service selecting its pods"
                            : "several Services selecting its pods and none named '" + forkOf.name() + "': "
                                    + selecting.stream().map(s -> s.getMetadata().getName()).toList())
                    + ". A fork is routed by the Service of its baseline: give the Deployment one Service of its name.");
        }
        return new Baseline(forkOf, namespace, deployment, service);
    }

    private static boolean selects(Service service, Map<String, String> podLabels) {
        Map<String, String> selector = service.getSpec().getSelector();
        return selector != null && !selector.isEmpty() && podLabels != null
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(podLabels.get(e.getKey())));
    }
}
