package dev.sandboxtests.kubernetes;

import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxException;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where a test reaches a service. On a cluster the mesh routes by header, so a forked service is reached at its
 * baseline Service's address like every other: by default {@code http://{name}.{namespace}.svc.cluster.local:{port}}
 * (its first port), or the setting {@code sandbox.kubernetes.endpoint-template}, or per service the setting
 * {@code sandbox.kubernetes.endpoints} for tests outside the cluster (a port-forward, an ingress).
 *
 * <pre>{@code
 * sandbox.kubernetes.endpoints=orders=http://localhost:8080
 * sandbox.endpoint("orders")   // http://localhost:8080
 * sandbox.endpoint("pricing")  // http://pricing.shop.svc.cluster.local:8080
 * }</pre>
 */
final class ServiceEndpoints {

    private final KubernetesClient client;
    private final String namespace;
    private final String template;
    private final Map<String, String> configured;
    private final Map<String, Service> forked;

    /**
     * @param namespace  where services that are not forked are looked up
     * @param configured addresses given per service
     * @param forked     the baseline Service of each forked service
     */
    ServiceEndpoints(KubernetesClient client, String namespace, String template, Map<String, String> configured,
            Map<String, Service> forked) {
        this.client = client;
        this.namespace = namespace;
        this.template = template;
        this.configured = Map.copyOf(configured);
        this.forked = Map.copyOf(forked);
    }

    URI endpoint(String service) {
        if (configured.containsKey(service)) {
            return uri(configured.get(service), "setting " + KubernetesSettings.ENDPOINTS.key() + " for " + service);
        }
        Service baseline = forked.get(service);
        if (baseline == null) {
            baseline = client.services().inNamespace(namespace).withName(service).get();
        }
        if (baseline == null) {
            TreeSet<String> known = new TreeSet<>(configured.keySet());
            known.addAll(forked.keySet());
            throw new SandboxException("There is no Service '" + service + "' in namespace '" + namespace + "', and"
                    + " setting " + KubernetesSettings.ENDPOINTS.key() + " gives it no address. Known services: "
                    + known + ".");
        }
        return fromTemplate(baseline);
    }

    /** The configured services and the forked ones. */
    Map<String, URI> endpoints() {
        Map<String, URI> all = new LinkedHashMap<>();
        forked.keySet().forEach(service -> all.put(service, endpoint(service)));
        configured.keySet().forEach(service -> all.put(service, endpoint(service)));
        return all;
    }

    private URI fromTemplate(Service service) {
        String port = service.getSpec().getPorts().isEmpty() ? ""
                : String.valueOf(service.getSpec().getPorts().get(0).getPort());
        String address = template.replace("{name}", service.getMetadata().getName())
                .replace("{namespace}", service.getMetadata().getNamespace()).replace("{port}", port);
        return uri(address, "setting " + KubernetesSettings.ENDPOINT_TEMPLATE.key());
    }

    private static URI uri(String address, String origin) {
        try {
            return URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new SandboxConfigurationException("'" + address + "' (from " + origin + ") is not a URI: "
                    + e.getMessage() + ". Write an address like http://orders.shop.svc.cluster.local:8080.", e);
        }
    }
}
