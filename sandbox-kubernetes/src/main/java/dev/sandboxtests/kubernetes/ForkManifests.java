package dev.sandboxtests.kubernetes;

import dev.sandboxtests.routes.RouteResolvers;
import dev.sandboxtests.routes.WorkloadIdentity;
import dev.sandboxtests.spec.Customizations;
import dev.sandboxtests.spec.ForkSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a fork's Deployment and Service from its baseline. The pod template is a copy of the baseline's with the
 * images and environment of the spec, the identity variables ({@link WorkloadIdentity}) and the sandbox's labels. Its
 * pods never match the baseline Service's or Deployment's selector: each selector label gets the fork's name as its
 * value, and the fork's own selector is its routing key and baseline, so baseline traffic never reaches a fork and
 * the baseline's ReplicaSets never count its pods.
 *
 * <pre>{@code
 * ForkPlan plan = new ForkManifests(images, "").plan(baseline, fork, ownership);
 * }</pre>
 *
 * @param images    which image each container runs
 * @param routesUrl set on fork pods as {@code SANDBOX_ROUTES_URL} unless empty
 */
record ForkManifests(ForkImages images, String routesUrl) {

    ForkPlan plan(Baseline baseline, ForkSpec fork, Ownership ownership) {
        String name = ForkNames.of(baseline.forkOf().name(), ownership.key());
        Map<String, String> labels = ownership.labels(baseline.forkOf(), baseline.namespace());
        Map<String, String> selector = ownership.forkSelector(baseline.forkOf(), baseline.namespace());
        Deployment deployment = new DeploymentBuilder()
                .withNewMetadata().withName(name).withNamespace(baseline.namespace()).withLabels(labels)
                .withAnnotations(ownership.annotations()).endMetadata()
                .withNewSpec().withReplicas(1).withNewSelector().withMatchLabels(selector).endSelector()
                .withTemplate(podTemplate(baseline, fork, name, labels, ownership)).endSpec()
                .build();
        Service service = new ServiceBuilder()
                .withNewMetadata().withName(name).withNamespace(baseline.namespace()).withLabels(labels)
                .withAnnotations(ownership.annotations()).endMetadata()
                .withNewSpec().withSelector(selector).withPorts(ports(baseline.service())).endSpec()
                .build();
        return new ForkPlan(baseline, deployment, service, ownership);
    }

    private PodTemplateSpec podTemplate(Baseline baseline, ForkSpec fork, String name, Map<String, String> labels,
            Ownership ownership) {
        PodTemplateSpec template = Serialization.clone(baseline.deployment().getSpec().getTemplate());
        Map<String, String> podLabels = new LinkedHashMap<>(template.getMetadata().getLabels());
        baseline.service().getSpec().getSelector().keySet().forEach(key -> podLabels.put(key, name));
        baseline.deployment().getSpec().getSelector().getMatchLabels().keySet().forEach(key -> podLabels.put(key, name));
        podLabels.putAll(labels);
        template.getMetadata().setLabels(podLabels);
        List<Container> containers = template.getSpec().getContainers();
        List<String> containerNames = containers.stream().map(Container::getName).toList();
        Map<String, String> imageByContainer = images.forContainers(fork, containerNames);
        Map<String, Map<String, String>> envByContainer = environment(baseline, fork, containerNames, ownership);
        for (Container container : containers) {
            if (imageByContainer.containsKey(container.getName())) {
                container.setImage(imageByContainer.get(container.getName()));
            }
            container.setEnv(merged(container.getEnv(), envByContainer.get(container.getName())));
        }
        return template;
    }

    /** Per container: the spec's variables, then who the fork is (which wins over a same-named variable). */
    private Map<String, Map<String, String>> environment(Baseline baseline, ForkSpec fork, List<String> containers,
            Ownership ownership) {
        Map<String, Map<String, String>> env = new LinkedHashMap<>();
        containers.forEach(container -> env.put(container, new LinkedHashMap<>()));
        for (Customizations.EnvVar variable : fork.customizations().env()) {
            if (variable.container() == null || variable.container().isBlank()) {
                env.values().forEach(values -> values.put(variable.name(), variable.value()));
            } else {
                ForkContainers.require(fork, containers, variable.container(), "customizations.env[].container");
                env.get(variable.container()).put(variable.name(), variable.value());
            }
        }
        Map<String, String> identity = identity(baseline, ownership);
        env.values().forEach(values -> values.putAll(identity));
        return env;
    }

    private Map<String, String> identity(Baseline baseline, Ownership ownership) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(WorkloadIdentity.BASELINE_KIND, baseline.forkOf().kind());
        variables.put(WorkloadIdentity.BASELINE_NAMESPACE, baseline.namespace());
        variables.put(WorkloadIdentity.BASELINE_NAME, baseline.forkOf().name());
        variables.put(WorkloadIdentity.SANDBOX_NAME, ownership.sandbox());
        variables.put(WorkloadIdentity.SANDBOX_ROUTING_KEY, ownership.key().value());
        if (!routesUrl.isEmpty()) {
            variables.put(RouteResolvers.URL_VARIABLE, routesUrl);
        }
        return variables;
    }

    /** The baseline's variables, with those of the spec replacing same-named ones in place and the rest appended. */
    private List<EnvVar> merged(List<EnvVar> baseline, Map<String, String> overrides) {
        List<EnvVar> result = new ArrayList<>();
        Map<String, String> remaining = new LinkedHashMap<>(overrides);
        for (EnvVar variable : baseline == null ? List.<EnvVar>of() : baseline) {
            String value = remaining.remove(variable.getName());
            result.add(value == null ? variable : new EnvVar(variable.getName(), value, null));
        }
        remaining.forEach((name, value) -> result.add(new EnvVar(name, value, null)));
        return result;
    }

    private static List<ServicePort> ports(Service baseline) {
        return baseline.getSpec().getPorts().stream().map(port -> new ServicePortBuilder().withName(port.getName())
                .withPort(port.getPort()).withTargetPort(port.getTargetPort()).withProtocol(port.getProtocol())
                .withAppProtocol(port.getAppProtocol()).build()).toList();
    }
}
