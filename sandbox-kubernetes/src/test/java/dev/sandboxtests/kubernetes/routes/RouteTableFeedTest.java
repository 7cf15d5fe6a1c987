package dev.sandboxtests.kubernetes.routes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.routes.RouteTable;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routing.RoutingKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table changes (and wakes its watchers) only when a key's rules do; the informer's resyncs change nothing. */
class RouteTableFeedTest {

    static final RoutingKey KEY = RoutingKey.parse("k3v9x0q2m8a7c1zt");
    static final RoutingRule PRICING = new RoutingRule(KEY, new Workload("Deployment", "shop", "pricing"), "v2");
    static final RoutingRule SHIPPING = new RoutingRule(KEY, new Workload("Deployment", "shop", "shipping"), "v2");

    final RouteTable table = new RouteTable();
    final RouteTableFeed feed = new RouteTableFeed(table);

    @Test
    void theSameRulesAgainAreNoChange() {
        feed.changed(KEY, List.of(PRICING));
        long version = table.version();

        feed.changed(KEY, List.of(PRICING));

        assertThat(table.version()).isEqualTo(version);
        assertThat(table.all()).containsExactly(PRICING);
    }

    @Test
    void aKeysRulesAreReplacedAndRemovedAsAWhole() {
        feed.changed(KEY, List.of(PRICING));
        feed.changed(KEY, List.of(PRICING, SHIPPING));
        assertThat(table.all()).containsExactlyInAnyOrder(PRICING, SHIPPING);

        feed.changed(KEY, List.of());
        assertThat(table.all()).isEmpty();
    }
}
