package dev.sandboxtests.routes;

import dev.sandboxtests.routing.RoutingKey;
import java.util.List;
import java.util.Optional;

/**
 * Answers "which routing keys route to a fork of workload W, and to which sandbox", for consumers
 * that decide per message (Kafka records) rather than being routed by a proxy. Fed by the provider:
 * the local provider's registry, Kubernetes labels, Signadot's routes API. Implementations keep a view
 * that they refresh; {@link #rules} answers from it without blocking.
 *
 * <pre>{@code
 * RouteResolver routes = RouteResolvers.fromEnvironment();      // SANDBOX_ROUTES_URL, as a fork sees it
 * Optional<RoutingRule> rule = routes.ruleFor(Workload.named("shipping"), key);
 * }</pre>
 */
public interface RouteResolver {

    /** The rules for {@code baseline} as currently known: every sandbox that forks it, by key. */
    List<RoutingRule> rules(Workload baseline);

    /** The rule for {@code key} at {@code baseline}: present when a sandbox with that key forks it. */
    default Optional<RoutingRule> ruleFor(Workload baseline, RoutingKey key) {
        return rules(baseline).stream().filter(rule -> rule.routingKey().equals(key)).findFirst();
    }
}
