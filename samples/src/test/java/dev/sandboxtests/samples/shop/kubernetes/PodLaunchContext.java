package dev.sandboxtests.samples.shop.kubernetes;

import dev.sandboxtests.local.LaunchContext;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.routes.RouteResolvers;
import dev.sandboxtests.routes.WorkloadIdentity;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a launcher of the samples' shop (a {@link dev.sandboxtests.local.ServiceLauncher}) knows when
 * {@link SimulatedKubelet} starts it for a Deployment: the container's environment (its in-cluster addresses already
 * turned into the mesh's local ones) and who the pod is, read from that environment as a pod would read it.
 *
 * @param service      the Deployment's name, e.g. {@code pricing} or {@code pricing-7r3xyg4bq9rrv4g9}
 * @param identity     the pod's workload identity: a fork's from the variables the provider set, else its baseline's
 * @param port         the free port a child process listens on
 * @param env          the container's environment
 * @param logDirectory where child processes write their output
 * @param reaper       this JVM's reaper, which stops a child process if the JVM is killed
 */
record PodLaunchContext(String service, WorkloadIdentity identity, int port, Map<String, String> env,
        Path logDirectory, Reaper reaper) implements LaunchContext {

    /** The simulated cluster runs no routes server; pods that would ask one are not among the shop's launchers. */
    static final URI NO_ROUTES_SERVER = URI.create("http://127.0.0.1:9/no-routes-server-in-the-simulated-cluster");

    @Override
    public URI routeServer() {
        String configured = env.get(RouteResolvers.URL_VARIABLE);
        return configured == null ? NO_ROUTES_SERVER : URI.create(configured);
    }

    @Override
    public String role() {
        return identity.sandboxRoutingKey().map(key -> "fork-" + key.value()).orElse("baseline");
    }

    /** Pods reach other services through the mesh's addresses in their environment, not through this. */
    @Override
    public URI endpoint(String other) {
        throw new UnsupportedOperationException("A pod of the simulated cluster reaches " + other + " at the address in"
                + " its environment (the Deployment's env), not through LaunchContext.endpoint; use ${...} placeholders"
                + " only with the local provider.");
    }
}
