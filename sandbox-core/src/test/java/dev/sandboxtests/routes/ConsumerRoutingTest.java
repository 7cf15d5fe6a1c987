package dev.sandboxtests.routes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.routing.RoutingKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The message-queue rule: each record is processed by exactly the consumer its key routes to. */
class ConsumerRoutingTest {

    private static final Workload SHIPPING = Workload.named("shipping");
    private static final Workload PRICING = Workload.named("pricing");
    private static final RoutingKey SHIPPING_SANDBOX = RoutingKey.parse("shippingkey");
    private static final RoutingKey PRICING_SANDBOX = RoutingKey.parse("pricingkey");
    private static final RoutingKey NO_SANDBOX = RoutingKey.parse("nosandbox");

    private final RouteTable table = new RouteTable();
    private final ConsumerRouting baseline = new ConsumerRouting(WorkloadIdentity.baseline(SHIPPING), table);
    private final ConsumerRouting fork = new ConsumerRouting(
            WorkloadIdentity.fork(SHIPPING, "shipping-v2", SHIPPING_SANDBOX), table);

    ConsumerRoutingTest() {
        table.add(List.of(new RoutingRule(SHIPPING_SANDBOX, SHIPPING, "shipping-v2"),
                new RoutingRule(PRICING_SANDBOX, PRICING, "pricing-v2")));
    }

    @Test
    void aRecordForTheSandboxThatForksThisWorkloadIsTheForksAlone() {
        assertThat(fork.decide(Optional.of(SHIPPING_SANDBOX)).process()).isTrue();
        assertThat(baseline.decide(Optional.of(SHIPPING_SANDBOX)))
                .isEqualTo(ConsumerRouting.Decision.skip("its key routes to the fork in sandbox 'shipping-v2'"));
    }

    @Test
    void aRecordForASandboxThatForksAnotherWorkloadIsTheBaselines() {
        assertThat(baseline.decide(Optional.of(PRICING_SANDBOX)).process()).isTrue();
        assertThat(fork.decide(Optional.of(PRICING_SANDBOX)).process()).isFalse();
    }

    @Test
    void aRecordWithoutKeyOrWithAKeyOfNoSandboxIsTheBaselines() {
        assertThat(baseline.decide(Optional.empty()).process()).isTrue();
        assertThat(baseline.decide(Optional.of(NO_SANDBOX)).process()).isTrue();
        assertThat(fork.decide(Optional.empty())).isEqualTo(ConsumerRouting.Decision.skip("it carries no routing key"));
        assertThat(fork.decide(Optional.of(NO_SANDBOX)).process()).isFalse();
    }

    @Test
    void onceTheSandboxClosesItsKeyIsNoLongerSkippedByBaseline() {
        table.remove(SHIPPING_SANDBOX);

        assertThat(baseline.decide(Optional.of(SHIPPING_SANDBOX)).process()).isTrue();
    }

    @Test
    void identityComesFromSignadotStyleEnvironmentVariables() {
        WorkloadIdentity identity = WorkloadIdentity.from(java.util.Map.of(
                "SIGNADOT_BASELINE_KIND", "Deployment", "SIGNADOT_BASELINE_NAMESPACE", "shop",
                "SIGNADOT_BASELINE_NAME", "shipping", "SIGNADOT_SANDBOX_NAME", "shipping-v2",
                "SIGNADOT_SANDBOX_ROUTING_KEY", "shippingkey")::get);

        assertThat(identity).isEqualTo(WorkloadIdentity.fork(new Workload("Deployment", "shop", "shipping"),
                "shipping-v2", SHIPPING_SANDBOX));
        assertThat(WorkloadIdentity.from(java.util.Map.of("SIGNADOT_BASELINE_NAME", "shipping")::get).isFork()).isFalse();
    }
}
