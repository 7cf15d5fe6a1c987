package dev.sandboxtests.kubernetes.routes;

import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routing.RoutingKey;
import java.util.List;

/** Told, on the informer's thread, the rules a sandbox's key has now, whenever one of its Deployments changes. */
@FunctionalInterface
interface RuleChanges {

    RuleChanges NONE = (key, rules) -> { };

    /** {@code key} now routes by {@code rules}; empty: it routes nowhere (deleted or expired). */
    void changed(RoutingKey key, List<RoutingRule> rules);
}
