package dev.sandboxtests.local;

import dev.sandboxtests.routes.RouteResolvers;
import dev.sandboxtests.routes.WorkloadIdentity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables that tell a child process who it is and where the route server is, in
 * Signadot's style, so that the same service reads them on a laptop and on a cluster.
 */
final class IdentityVariables {

    private IdentityVariables() {
    }

    /** {@code SIGNADOT_BASELINE_*}, {@code SIGNADOT_SANDBOX_*} on a fork, and {@code SANDBOX_ROUTES_URL}. */
    static Map<String, String> of(LaunchContext context) {
        WorkloadIdentity identity = context.identity();
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put(WorkloadIdentity.BASELINE_KIND, identity.baseline().kind());
        if (!identity.baseline().namespace().isEmpty()) {
            variables.put(WorkloadIdentity.BASELINE_NAMESPACE, identity.baseline().namespace());
        }
        variables.put(WorkloadIdentity.BASELINE_NAME, identity.baseline().name());
        identity.sandboxName().ifPresent(name -> variables.put(WorkloadIdentity.SANDBOX_NAME, name));
        identity.sandboxRoutingKey().ifPresent(key -> variables.put(WorkloadIdentity.SANDBOX_ROUTING_KEY, key.value()));
        variables.put(RouteResolvers.URL_VARIABLE, context.routeServer().toString());
        return variables;
    }
}
