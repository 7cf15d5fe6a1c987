package dev.sandboxtests.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline of a small shop on the mock API server: Deployment and Service {@code pricing} (one HTTP port), and
 * optionally the VirtualService the cluster routes it with. Each test uses a namespace of its own.
 */
final class ShopCluster {

    static final String SERVICE = "pricing";

    private final KubernetesClient client;
    private final String namespace;

    ShopCluster(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    String namespace() {
        return namespace;
    }

    ShopCluster withPricing() {
        client.resource(deployment()).create();
        client.resource(service(List.of(new PortSpec("http", 8080, null)))).create();
        return this;
    }

    /** Pricing with an HTTP port and a gRPC port. */
    ShopCluster withTwoPortPricing() {
        client.resource(deployment()).create();
        client.resource(service(List.of(new PortSpec("http", 8080, null), new PortSpec("grpc", 9090, "grpc")))).create();
        return this;
    }

    /** The cluster's own VirtualService for pricing: retries and a default route. */
    ShopCluster withVirtualService() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("hosts", List.of(SERVICE));
        Map<String, Object> route = new LinkedHashMap<>();
        route.put("name", "default");
        route.put("retries", Map.of("attempts", 3));
        route.put("route", List.of(Map.of("destination", Map.of("host", SERVICE))));
        spec.put("http", new ArrayList<>(List.of(route)));
        GenericKubernetesResource vs = new GenericKubernetesResourceBuilder().withApiVersion("networking.istio.io/v1")
                .withKind("VirtualService").withNewMetadata().withName(SERVICE).withNamespace(namespace)
                .withLabels(Map.of("team", "checkout")).endMetadata()
                .addToAdditionalProperties("spec", spec).build();
        client.genericKubernetesResources(IstioRoutes.VIRTUAL_SERVICE).inNamespace(namespace).resource(vs).create();
        return this;
    }

    GenericKubernetesResource virtualService(String name) {
        return client.genericKubernetesResources(IstioRoutes.VIRTUAL_SERVICE).inNamespace(namespace).withName(name).get();
    }

    /** The specs of the baseline's objects as JSON, to compare before and after, byte for byte. */
    List<String> baselineSpecs() {
        List<String> specs = new ArrayList<>();
        specs.add(Serialization.asJson(client.apps().deployments().inNamespace(namespace).withName(SERVICE).get().getSpec()));
        specs.add(Serialization.asJson(client.services().inNamespace(namespace).withName(SERVICE).get().getSpec()));
        GenericKubernetesResource vs = virtualService(SERVICE);
        if (vs != null) {
            specs.add(Serialization.asJson(vs.getAdditionalProperties().get("spec")));
            specs.add(Serialization.asJson(vs.getMetadata().getLabels()));
        }
        return specs;
    }

    /** Every object of the sandbox of {@code key}: what teardown must leave none of. */
    List<HasMetadata> objectsOf(String key) {
        List<HasMetadata> objects = new ArrayList<>();
        objects.addAll(client.apps().deployments().inNamespace(namespace).withLabel(KubernetesLabels.ROUTING_KEY, key).list().getItems());
        objects.addAll(client.services().inNamespace(namespace).withLabel(KubernetesLabels.ROUTING_KEY, key).list().getItems());
        objects.addAll(client.pods().inNamespace(namespace).withLabel(KubernetesLabels.ROUTING_KEY, key).list().getItems());
        objects.addAll(client.genericKubernetesResources(IstioRoutes.VIRTUAL_SERVICE).inNamespace(namespace)
                .withLabel(KubernetesLabels.ROUTING_KEY, key).list().getItems());
        objects.addAll(client.resources(io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class).inNamespace(namespace)
                .withLabel(KubernetesLabels.ROUTING_KEY, key).list().getItems());
        objects.addAll(client.resources(io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRoute.class).inNamespace(namespace)
                .withLabel(KubernetesLabels.ROUTING_KEY, key).list().getItems());
        return objects;
    }

    private Deployment deployment() {
        return new DeploymentBuilder().withNewMetadata().withName(SERVICE).withNamespace(namespace)
                .withLabels(Map.of("app", SERVICE)).endMetadata()
                .withNewSpec().withReplicas(3).withNewSelector().withMatchLabels(Map.of("app", SERVICE)).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(ordered("app", SERVICE, "version", "v1")).endMetadata()
                .withNewSpec().addNewContainer().withName(SERVICE).withImage("registry.example.com/pricing:1.0")
                .addNewEnv().withName("DISCOUNT_PERCENT").withValue("0").endEnv()
                .addNewEnv().withName("LOG_LEVEL").withValue("info").endEnv()
                .addNewPort().withContainerPort(8080).endPort().endContainer().endSpec().endTemplate()
                .endSpec().build();
    }

    private Service service(List<PortSpec> ports) {
        ServiceBuilder service = new ServiceBuilder().withNewMetadata().withName(SERVICE).withNamespace(namespace)
                .endMetadata().withNewSpec().withSelector(Map.of("app", SERVICE)).endSpec();
        for (PortSpec port : ports) {
            service.editSpec().addNewPort().withName(port.name()).withPort(port.port())
                    .withTargetPort(new IntOrString(port.port())).withProtocol("TCP").withAppProtocol(port.appProtocol())
                    .endPort().endSpec();
        }
        return service.build();
    }

    /** Labels in the order given: the golden files must not depend on {@code Map.of}'s order, which varies per JVM. */
    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private record PortSpec(String name, int port, String appProtocol) {
    }
}
