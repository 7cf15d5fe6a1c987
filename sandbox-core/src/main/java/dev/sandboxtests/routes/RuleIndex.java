package dev.sandboxtests.routes;

import dev.sandboxtests.routing.RoutingKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Rules by routing key, so that a consumer's per-record question is a map lookup. */
final class RuleIndex {

    private RuleIndex() {
    }

    static Map<RoutingKey, List<RoutingRule>> byKey(List<RoutingRule> rules) {
        return rules.stream().collect(Collectors.groupingBy(RoutingRule::routingKey, LinkedHashMap::new,
                Collectors.toUnmodifiableList()));
    }

    static Optional<RoutingRule> find(Map<RoutingKey, List<RoutingRule>> byKey, Workload baseline, RoutingKey key) {
        List<RoutingRule> candidates = byKey.get(key);
        if (candidates == null) {
            return Optional.empty();
        }
        for (RoutingRule rule : candidates) {
            if (rule.baseline().matches(baseline)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
