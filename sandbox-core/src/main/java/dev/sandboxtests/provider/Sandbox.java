package dev.sandboxtests.provider;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.SandboxSpec;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A provisioned sandbox: its routing key, where its services are reached, and {@link #close()},
 * which deletes everything it created.
 *
 * <pre>{@code
 * try (Sandbox sandbox = provider.create(spec, context)) {
 *     sandbox.awaitReady(Duration.ofMinutes(1));
 *     URI orders = sandbox.endpoint("orders");
 *     Map<String, String> headers = sandbox.routingHeaders().headersFor(sandbox.routingKey());
 * }
 * }</pre>
 */
public interface Sandbox extends AutoCloseable {

    /** The name from the spec. */
    String name();

    /** The spec this sandbox was made from. */
    SandboxSpec spec();

    /** The key that routes a request to this sandbox's forks. */
    RoutingKey routingKey();

    /** The headers that carry {@link #routingKey()}. */
    RoutingHeaders routingHeaders();

    /**
     * Where a request for the logical service {@code service} enters: a router or ingress that sends
     * requests with this sandbox's key to the fork and all others to baseline.
     *
     * @throws SandboxException if the service is unknown, naming the services that are known
     */
    URI endpoint(String service);

    /** Every logical service's entry point. */
    Map<String, URI> endpoints();

    /**
     * Where the logs of this sandbox's services can be read, for reports and messages: a directory
     * (the local provider), a command or a console address (cluster providers).
     */
    default Optional<String> logs() {
        return Optional.empty();
    }

    /**
     * How many requests this sandbox's fork of {@code service} has received so far, as the provider
     * counts them (the local provider's router sees every request it routes; a cluster provider may
     * ask its mesh). A SmartTest reads it before and after the fork side of a call, to tell a fork that
     * was reached from one that no request got to (a service on the way did not pass the key on).
     *
     * @return the count, or empty when {@code service} is not forked here or the provider cannot tell
     */
    default OptionalLong forkRequests(String service) {
        return OptionalLong.empty();
    }

    /**
     * Blocks until every fork is ready to serve.
     *
     * @throws SandboxException if a fork fails or is not ready within {@code timeout}, with the reason
     *     (exit code, last log lines, probe results)
     */
    void awaitReady(Duration timeout);

    /**
     * What resource {@code resource} of this sandbox handed its forks, by output key ({@code jdbc-url},
     * {@code username}, …): for a test that looks at the sandbox's own database, say. Empty for a resource
     * the sandbox does not have, or a provider that does not make resources itself.
     *
     * <pre>{@code
     * String url = sandbox.resourceOutputs("orders-db").get("jdbc-url");
     * }</pre>
     */
    default Map<String, String> resourceOutputs(String resource) {
        return Map.of();
    }

    /** Deletes the sandbox and all it created. Idempotent; never throws for resources already gone. */
    @Override
    void close();
}
