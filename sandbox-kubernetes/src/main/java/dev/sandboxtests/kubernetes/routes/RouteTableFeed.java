package dev.sandboxtests.kubernetes.routes;

import dev.sandboxtests.routes.RouteTable;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routing.RoutingKey;
import java.util.HashSet;
import java.util.List;

/**
 * Keeps a {@link RouteTable} equal to what the informer sees, key by key, so that the table's version grows (and its
 * watchers are answered) only when a key's rules really change: the informer's periodic resync repeats every
 * Deployment without a change.
 */
final class RouteTableFeed implements RuleChanges {

    private final RouteTable table;

    RouteTableFeed(RouteTable table) {
        this.table = table;
    }

    @Override
    public synchronized void changed(RoutingKey key, List<RoutingRule> rules) {
        List<RoutingRule> held = table.all().stream().filter(rule -> rule.routingKey().equals(key)).toList();
        if (new HashSet<>(held).equals(new HashSet<>(rules))) {
            return;
        }
        if (!held.isEmpty()) {
            table.remove(key);
        }
        if (!rules.isEmpty()) {
            table.add(rules);
        }
    }
}
