package dev.sandboxtests.benchmarks.kafka;

import dev.sandboxtests.routes.RouteResolver;
import dev.sandboxtests.routes.RouteTable;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routes.WorkloadIdentity;
import dev.sandboxtests.routing.RoutingKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sandboxes of the Kafka runs: three fork {@code shipping}, a fourth forks {@code pricing} only; plus a
 * key that belongs to no sandbox. Keys are drawn at random (16 characters, as a provider's), so runs on one
 * broker never share a fork's consumer group.
 */
final class Sandboxes {

    static final Workload SHIPPING = Workload.named("shipping");
    static final Workload PRICING = Workload.named("pricing");

    private final List<RoutingKey> shippingForks;
    private final RoutingKey pricingFork;
    private final RoutingKey noSandbox;

    private Sandboxes(List<RoutingKey> shippingForks, RoutingKey pricingFork, RoutingKey noSandbox) {
        this.shippingForks = List.copyOf(shippingForks);
        this.pricingFork = pricingFork;
        this.noSandbox = noSandbox;
    }

    static Sandboxes random() {
        return new Sandboxes(List.of(RoutingKey.random(), RoutingKey.random(), RoutingKey.random()),
                RoutingKey.random(), RoutingKey.random());
    }

    /** The routes a provider would serve: the four sandboxes' rules, in a {@link RouteTable}. */
    RouteResolver routes() {
        List<RoutingRule> rules = new ArrayList<>();
        for (int i = 0; i < shippingForks.size(); i++) {
            rules.add(new RoutingRule(shippingForks.get(i), SHIPPING, sandboxName(i)));
        }
        rules.add(new RoutingRule(pricingFork, PRICING, "pricing-sandbox"));
        RouteTable table = new RouteTable();
        table.add(rules);
        return table;
    }

    /** Who {@code consumer} is: shipping's baseline, or its fork in one of the sandboxes. */
    WorkloadIdentity identity(ShippingConsumer consumer) {
        if (consumer == ShippingConsumer.BASELINE) {
            return WorkloadIdentity.baseline(SHIPPING);
        }
        int index = consumer.forkIndex();
        return WorkloadIdentity.fork(SHIPPING, sandboxName(index), shippingForks.get(index));
    }

    /** The routing key a record of {@code kind} carries. */
    Optional<RoutingKey> key(RecordKind kind) {
        return switch (kind) {
            case NO_KEY -> Optional.empty();
            case SANDBOX_1 -> Optional.of(shippingForks.get(0));
            case SANDBOX_2 -> Optional.of(shippingForks.get(1));
            case SANDBOX_3 -> Optional.of(shippingForks.get(2));
            case PRICING_SANDBOX -> Optional.of(pricingFork);
            case NO_SANDBOX -> Optional.of(noSandbox);
        };
    }

    private static String sandboxName(int index) {
        return "shipping-sandbox-" + (index + 1);
    }
}
