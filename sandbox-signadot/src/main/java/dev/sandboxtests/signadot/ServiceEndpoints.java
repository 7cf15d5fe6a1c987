package dev.sandboxtests.signadot;

import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a test reaches a service of a Signadot sandbox. Signadot routes inside the cluster: a request
 * to a service's ordinary address goes to the fork when it carries the sandbox's routing key and to
 * baseline otherwise. So a service's entry point is its ordinary in-cluster address, reachable from a
 * test that runs in the cluster or on a machine joined to it with {@code signadot local connect}:
 * <ol>
 *   <li>{@code sandbox.signadot.endpoints}, {@code service=URI} pairs, for services listed there;</li>
 *   <li>else {@code sandbox.signadot.endpoint-template} with {@code {service}} and {@code {namespace}}
 *       (the fork's baseline namespace, or {@code sandbox.signadot.namespace} for a service not forked),
 *       e.g. {@code http://{service}.{namespace}.svc:8080}.</li>
 * </ol>
 * Signadot's preview URLs are not used here: they send every request to the sandbox, key or not (so a
 * SmartTest's baseline side would reach the fork too), and they need the API key on every request.
 */
final class ServiceEndpoints {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    private final Map<String, URI> listed;
    private final String template;
    private final Map<String, String> forkNamespaces;
    private final String defaultNamespace;

    private ServiceEndpoints(Map<String, URI> listed, String template, Map<String, String> forkNamespaces,
            String defaultNamespace) {
        this.listed = listed;
        this.template = template;
        this.forkNamespaces = forkNamespaces;
        this.defaultNamespace = defaultNamespace;
    }

    /**
     * @throws SandboxConfigurationException if the settings are malformed, saying which and how to write them
     */
    static ServiceEndpoints from(SandboxSettings settings, SandboxSpec spec, SandboxOptions options) {
        String template = settings.get(SignadotSettings.ENDPOINT_TEMPLATE);
        Matcher placeholders = PLACEHOLDER.matcher(template);
        while (placeholders.find()) {
            if (!placeholders.group(1).equals("service") && !placeholders.group(1).equals("namespace")) {
                throw new SandboxConfigurationException(SignadotSettings.ENDPOINT_TEMPLATE.key() + " '" + template
                        + "' has the placeholder {" + placeholders.group(1) + "}; only {service} and {namespace} are"
                        + " known, e.g. http://{service}.{namespace}.svc:8080.");
            }
        }
        Map<String, String> namespaces = new LinkedHashMap<>();
        for (ForkSpec fork : spec.forks()) {
            namespaces.put(fork.service(), fork.forkOf().namespace() != null ? fork.forkOf().namespace() : options.namespace());
        }
        return new ServiceEndpoints(listed(settings.get(SignadotSettings.ENDPOINTS)), template, namespaces,
                options.namespace());
    }

    /**
     * @throws SandboxException if neither setting says where {@code service} is, naming both
     */
    URI endpoint(String service, String sandbox) {
        URI uri = listed.get(service);
        if (uri != null) {
            return uri;
        }
        if (template.isEmpty()) {
            throw new SandboxException("Sandbox '" + sandbox + "' does not know where tests reach service '" + service
                    + "'; it knows " + (listed.isEmpty() ? "no service" : listed.keySet()) + ". List it in "
                    + SignadotSettings.ENDPOINTS.key() + " (" + service + "=http://" + service + ".<namespace>.svc:<port>),"
                    + " or set " + SignadotSettings.ENDPOINT_TEMPLATE.key() + " (e.g. http://{service}.{namespace}.svc:8080).");
        }
        String namespace = forkNamespaces.getOrDefault(service, defaultNamespace);
        if (namespace.isEmpty() && template.contains("{namespace}")) {
            throw new SandboxException("Sandbox '" + sandbox + "' cannot fill {namespace} of "
                    + SignadotSettings.ENDPOINT_TEMPLATE.key() + " for service '" + service + "', which it does not fork:"
                    + " set " + SignadotSettings.NAMESPACE.key() + " or @SignadotSandbox(namespace), or list the service in "
                    + SignadotSettings.ENDPOINTS.key() + ".");
        }
        String filled = template.replace("{service}", service).replace("{namespace}", namespace);
        try {
            return URI.create(filled);
        } catch (IllegalArgumentException e) {
            throw new SandboxException(SignadotSettings.ENDPOINT_TEMPLATE.key() + " gives '" + filled + "' for service '"
                    + service + "', which is not a URI: " + e.getMessage(), e);
        }
    }

    /** The listed services and, with a template, the forked ones. */
    Map<String, URI> known(String sandbox) {
        Map<String, URI> known = new LinkedHashMap<>(listed);
        if (!template.isEmpty()) {
            forkNamespaces.keySet().forEach(service -> known.putIfAbsent(service, endpoint(service, sandbox)));
        }
        return Collections.unmodifiableMap(known);
    }

    private static Map<String, URI> listed(String text) {
        Map<String, URI> listed = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            URI uri = null;
            if (equals > 0) {
                try {
                    uri = URI.create(pair.substring(equals + 1).trim());
                } catch (IllegalArgumentException notAUri) {
                    uri = null;
                }
            }
            if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
                throw new SandboxConfigurationException(SignadotSettings.ENDPOINTS.key() + ": '" + pair.trim()
                        + "' is not service=URI; write e.g. orders=http://orders.shop.svc:8080,pricing=http://pricing.shop.svc:8081.");
            }
            listed.put(pair.substring(0, equals).trim(), uri);
        }
        return Collections.unmodifiableMap(listed);
    }
}
