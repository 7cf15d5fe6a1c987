package dev.sandboxtests.kafka.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.local.LocalSandbox;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;

/**
 * A sandbox that forks {@code pricing} only: its orders are handled by baseline {@code shipping}, like every
 * other hop of its requests, and by no fork of shipping (other sandboxes' forks may run beside it).
 */
@SandboxTest(forks = @Fork("pricing"))
@LocalSandbox(KafkaShop.Shared.class)
class ForkOfPricingTest {

    private static final KafkaShop SHOP = new KafkaShop.Shared();

    @Test
    void anOrderOfASandboxThatForksOnlyPricingIsHandledByBaselineShipping(
            @SandboxService("shipping") Producer<String, String> orders) throws Exception {
        String order = Orders.newId("pricing-sandbox");

        Orders.send(orders, SHOP.orderPlaced(), "pricing-sandbox", order);

        Orders.awaitProcessed("baseline", () -> Processed.byBaseline(SHOP.prefix()), order);
        assertThat(Processed.byBaseline(SHOP.prefix())).containsOnlyOnce(order);
        assertThat(Processed.byAnyFork(SHOP.prefix())).doesNotContain(order);
    }
}
