package dev.sandboxtests.samples.shop.kubernetes;

import dev.sandboxtests.samples.shop.kubernetes.ServiceProxy.Upstream;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Istio as the shop's pods and the test see it, for one namespace of a {@link MockCluster}: every Service gets a
 * local port ({@link ServiceProxy}) standing for {@code http://<service>.<namespace>.svc.cluster.local}; a request
 * there goes where the Service's {@code VirtualService} sends it ({@link IstioHttpRoutes}, read from the API server at
 * each request, so rules a sandbox adds or removes apply at once), or to the Service's own pods when no
 * VirtualService names its host; a destination host is a Service whose pods are those {@link RunningPods} selects by
 * its selector.
 *
 * <pre>{@code
 * try (SimulatedMesh mesh = SimulatedMesh.start(cluster.client(), "shop", pods)) {
 *     URI orders = mesh.address("orders").orElseThrow();   // http://127.0.0.1:40123
 * }
 * }</pre>
 */
final class SimulatedMesh implements AutoCloseable {

    static final ResourceDefinitionContext VIRTUAL_SERVICE = new ResourceDefinitionContext.Builder()
            .withGroup("networking.istio.io").withVersion("v1").withKind("VirtualService").withPlural("virtualservices")
            .withNamespaced(true).build();

    private final KubernetesClient client;
    private final String namespace;
    private final RunningPods pods;
    private final Map<String, ServiceProxy> proxies = new ConcurrentHashMap<>();
    private final SharedIndexInformer<Service> services;

    private SimulatedMesh(KubernetesClient client, String namespace, RunningPods pods) {
        this.client = client;
        this.namespace = namespace;
        this.pods = pods;
        this.services = client.services().inNamespace(namespace).inform(new ResourceEventHandler<>() {
            @Override
            public void onAdd(Service service) {
                proxyOf(service.getMetadata().getName());
            }

            @Override
            public void onUpdate(Service before, Service after) {
            }

            @Override
            public void onDelete(Service service, boolean finalStateUnknown) {
                Optional.ofNullable(proxies.remove(service.getMetadata().getName())).ifPresent(ServiceProxy::close);
            }
        });
    }

    /** Fronts the Services of {@code namespace}, those there now and those created later, until closed. */
    static SimulatedMesh start(KubernetesClient client, String namespace, RunningPods pods) {
        return new SimulatedMesh(client, namespace, pods);
    }

    /** The local address of {@code service}, if the namespace has such a Service. */
    Optional<URI> address(String service) {
        if (client.services().inNamespace(namespace).withName(service).get() == null) {
            return Optional.empty();
        }
        return Optional.of(proxyOf(service).address());
    }

    private ServiceProxy proxyOf(String service) {
        return proxies.computeIfAbsent(service, name -> {
            try {
                return new ServiceProxy(name, this::upstream);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open the mesh's port for Service " + name, e);
            }
        });
    }

    /** Where a request to {@code service} with {@code headers} goes, as the client's sidecar decides. */
    private Upstream upstream(String service, Map<String, String> headers) {
        Optional<GenericKubernetesResource> virtualService = virtualServiceFor(service);
        String destination = service;
        if (virtualService.isPresent()) {
            Optional<String> host = IstioHttpRoutes.destination(http(virtualService.get()), headers);
            if (host.isEmpty()) {
                return Upstream.refused(404, "no http[] entry of VirtualService "
                        + virtualService.get().getMetadata().getName() + " matches the request to " + service);
            }
            destination = serviceName(host.get());
        }
        Service target = client.services().inNamespace(namespace).withName(destination).get();
        if (target == null) {
            return Upstream.refused(503, "no healthy upstream: the route to " + service + " names Service "
                    + destination + ", which does not exist in namespace " + namespace);
        }
        List<URI> endpoints = pods.selectedBy(target.getSpec().getSelector());
        if (endpoints.isEmpty()) {
            return Upstream.refused(503, "no healthy upstream: no running pod matches the selector "
                    + target.getSpec().getSelector() + " of Service " + destination);
        }
        return Upstream.to(endpoints.get(0));
    }

    private Optional<GenericKubernetesResource> virtualServiceFor(String service) {
        List<String> hostNames = List.of(service, service + "." + namespace, service + "." + namespace + ".svc",
                service + "." + namespace + ".svc.cluster.local");
        return client.genericKubernetesResources(VIRTUAL_SERVICE).inNamespace(namespace).list().getItems().stream()
                .filter(vs -> spec(vs).get("hosts") instanceof List<?> hosts && hosts.stream().anyMatch(hostNames::contains))
                .findFirst();
    }

    /** The Service a destination host names: short, or qualified with this namespace. */
    private String serviceName(String host) {
        for (String suffix : List.of("." + namespace + ".svc.cluster.local", "." + namespace + ".svc", "." + namespace)) {
            if (host.endsWith(suffix)) {
                return host.substring(0, host.length() - suffix.length());
            }
        }
        if (host.contains(".")) {
            throw new UnsupportedOperationException("Destination host " + host + " is outside namespace " + namespace
                    + "; the simulated mesh routes within one namespace.");
        }
        return host;
    }

    private static Map<?, ?> spec(GenericKubernetesResource vs) {
        return vs.getAdditionalProperties().get("spec") instanceof Map<?, ?> spec ? spec : Map.of();
    }

    private static List<?> http(GenericKubernetesResource vs) {
        return spec(vs).get("http") instanceof List<?> http ? http : List.of();
    }

    /** Stops watching Services and closes every port. */
    @Override
    public void close() {
        services.close();
        proxies.values().forEach(ServiceProxy::close);
        proxies.clear();
    }
}
