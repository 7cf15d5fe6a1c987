package dev.sandboxtests.kubernetes;

import dev.sandboxtests.settings.Setting;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of the Kubernetes provider, read like every setting (JUnit configuration parameter, system
 * property, environment variable; see {@link dev.sandboxtests.settings.SandboxSettings}). Text settings whose
 * default is empty are off until set.
 *
 * <pre>{@code
 * # junit-platform.properties of a suite that runs against a cluster
 * sandbox.provider=kubernetes
 * sandbox.kubernetes.namespace=shop
 * sandbox.kubernetes.image-template=registry.example.com/{service}:{image}
 * sandbox.kubernetes.endpoints=orders=http://localhost:8080
 * }</pre>
 */
public final class KubernetesSettings {

    /** {@code sandbox.kubernetes.namespace}: where baselines are looked for when a fork names no namespace. */
    public static final Setting<String> NAMESPACE = Setting.text("sandbox.kubernetes.namespace", "",
            "the namespace of the baselines when a fork names none; empty: the namespace of the kubeconfig context");

    /** {@code sandbox.kubernetes.kubeconfig}: a kubeconfig file instead of fabric8's autodetection. */
    public static final Setting<String> KUBECONFIG = Setting.text("sandbox.kubernetes.kubeconfig", "",
            "a kubeconfig file to use; empty: fabric8's autodetection (KUBECONFIG, ~/.kube/config, in-cluster)");

    /** {@code sandbox.kubernetes.context}: a kubeconfig context other than the current one. */
    public static final Setting<String> CONTEXT = Setting.text("sandbox.kubernetes.context", "",
            "the kubeconfig context to use; empty: the current context");

    /** {@code sandbox.kubernetes.mesh}: which routing objects carry a sandbox's rules. */
    public static final Setting<Mesh> MESH = Setting.of("sandbox.kubernetes.mesh", Mesh.ISTIO, "istio", Mesh::parse,
            "which routing objects send a sandbox's requests to its forks: istio (VirtualService) or gateway-api"
                    + " (HTTPRoute, GRPCRoute for gRPC ports)");

    /** {@code sandbox.kubernetes.image}: the image of forks that name none (the pull request's build). */
    public static final Setting<String> IMAGE = Setting.text("sandbox.kubernetes.image", "",
            "the image forks run when their spec names none, e.g. the pull request's build; empty: the baseline's");

    /** {@code sandbox.kubernetes.image-template}: turns a short image name into a full reference. */
    public static final Setting<String> IMAGE_TEMPLATE = Setting.text("sandbox.kubernetes.image-template", "",
            "turns a fork's short image name (no '/', ':' or '@', like @Fork(image = \"volume-discount\")) into a"
                    + " reference, e.g. registry.example.com/{service}:{image}; empty: images are used as given");

    /** {@code sandbox.kubernetes.ttl}: how long a sandbox's objects may live when its spec sets no ttl. */
    public static final Setting<Duration> DEFAULT_TTL = Setting.duration("sandbox.kubernetes.ttl", "1h",
            "how long a sandbox's objects may outlive a killed test JVM when the spec sets no ttl; reapers delete"
                    + " them after that");

    /** {@code sandbox.kubernetes.endpoint-template}: the address tests reach a service at. */
    public static final Setting<String> ENDPOINT_TEMPLATE = Setting.text("sandbox.kubernetes.endpoint-template",
            "http://{name}.{namespace}.svc.cluster.local:{port}",
            "the address a test reaches a baseline Service at ({name}, {namespace}, {port}: its first port)");

    /** {@code sandbox.kubernetes.endpoints}: addresses per service, for tests outside the cluster. */
    public static final Setting<Map<String, String>> ENDPOINTS = Setting.of("sandbox.kubernetes.endpoints", Map.of(),
            "", KubernetesSettings::parseEndpoints, "addresses of services for tests outside the cluster"
                    + " (port-forward, ingress): service=url,…, e.g. orders=http://localhost:8080");

    /** {@code sandbox.kubernetes.routes-url}: given to fork pods as {@code SANDBOX_ROUTES_URL}. */
    public static final Setting<String> ROUTES_URL = Setting.text("sandbox.kubernetes.routes-url", "",
            "the routes API fork pods ask which keys route where, set on them as SANDBOX_ROUTES_URL; empty: not set");

    /** {@code sandbox.kubernetes.dry-run}: a directory to write manifests into instead of applying them. */
    public static final Setting<String> DRY_RUN = Setting.text("sandbox.kubernetes.dry-run", "",
            "a directory: write the manifests each sandbox would apply there (one YAML file per sandbox) and apply"
                    + " nothing; empty: apply them");

    /** Every setting of the Kubernetes provider. */
    public static final List<Setting<?>> ALL = List.of(NAMESPACE, KUBECONFIG, CONTEXT, MESH, IMAGE, IMAGE_TEMPLATE,
            DEFAULT_TTL, ENDPOINT_TEMPLATE, ENDPOINTS, ROUTES_URL, DRY_RUN);

    private KubernetesSettings() {
    }

    /** Which routing objects a sandbox writes its rules into. */
    public enum Mesh {
        /** Istio {@code VirtualService}s. */
        ISTIO,
        /** Gateway API {@code HTTPRoute}s and {@code GRPCRoute}s attached to the baseline Service. */
        GATEWAY_API;

        static Mesh parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "istio" -> ISTIO;
                case "gateway-api" -> GATEWAY_API;
                default -> throw new IllegalArgumentException("'" + text.trim() + "' is not a mesh: use istio or gateway-api");
            };
        }
    }

    static Map<String, String> parseEndpoints(String text) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException("'" + entry.trim() + "' is not service=url; write e.g."
                        + " orders=http://localhost:8080,pricing=http://localhost:8081");
            }
            endpoints.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
        }
        return Map.copyOf(endpoints);
    }
}
