package dev.sandboxtests.samples.shop.kubernetes;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the in-cluster addresses in a container's environment into the local ones of the simulation, as cluster DNS
 * and the sidecar would resolve them: {@code http://<service>.<namespace>.svc.cluster.local:<port>} of a Service the
 * mesh fronts becomes that Service's mesh port; addresses outside the mesh (a Kafka broker) are replaced as given.
 * Other values stay as they are — an address of a Service that does not exist stays unresolvable, as on a cluster.
 *
 * <pre>{@code
 * new InClusterAddresses("shop", mesh::address, Map.of("kafka.shop.svc.cluster.local:9092", "127.0.0.1:40315"))
 *         .rewrite("http://pricing.shop.svc.cluster.local:8080")   // http://127.0.0.1:40123
 * }</pre>
 */
final class InClusterAddresses {

    private static final Pattern SERVICE_URL =
            Pattern.compile("http://([a-z0-9]([-a-z0-9]*[a-z0-9])?)\\.([a-z0-9-]+)\\.svc\\.cluster\\.local(:[0-9]+)?");

    private final String namespace;
    private final Function<String, Optional<URI>> meshAddress;
    private final Map<String, String> outsideMesh;

    /**
     * @param meshAddress the mesh's local address of a Service of {@code namespace}, if there is such a Service
     * @param outsideMesh literal replacements for addresses the mesh does not front
     */
    InClusterAddresses(String namespace, Function<String, Optional<URI>> meshAddress,
            Map<String, String> outsideMesh) {
        this.namespace = namespace;
        this.meshAddress = meshAddress;
        this.outsideMesh = Map.copyOf(outsideMesh);
    }

    String rewrite(String value) {
        String replaced = value;
        for (Map.Entry<String, String> address : outsideMesh.entrySet()) {
            replaced = replaced.replace(address.getKey(), address.getValue());
        }
        Matcher matcher = SERVICE_URL.matcher(replaced);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            Optional<URI> local = matcher.group(3).equals(namespace)
                    ? meshAddress.apply(matcher.group(1)) : Optional.empty();
            matcher.appendReplacement(result, Matcher.quoteReplacement(local.map(Object::toString).orElse(matcher.group())));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
