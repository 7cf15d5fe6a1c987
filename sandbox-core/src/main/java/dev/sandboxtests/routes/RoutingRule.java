package dev.sandboxtests.routes;

import dev.sandboxtests.routing.RoutingKey;
import java.util.Objects;

/**
 * One routing rule, as Signadot's routes API answers it: a request (or message) that carries
 * {@code routingKey} and is meant for {@code baseline} goes to the fork of it in sandbox
 * {@code destinationSandbox}.
 *
 * @param routingKey         the key of the sandbox
 * @param baseline           the workload the sandbox forks
 * @param destinationSandbox the sandbox's name
 */
public record RoutingRule(RoutingKey routingKey, Workload baseline, String destinationSandbox) {

    public RoutingRule {
        Objects.requireNonNull(routingKey, "routingKey");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(destinationSandbox, "destinationSandbox");
    }
}
