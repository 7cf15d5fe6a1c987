package dev.sandboxtests.kafka.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.kafka.ForkConsumerGroups;
import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.provider.Sandbox;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A sandbox that forks the consumer {@code shipping}: the test's orders are handled by its fork only and
 * never by baseline, ordinary orders by baseline only, and an order sent the moment the sandbox is handed
 * out is already the fork's, although baseline shipping learns routes late (it polls every two seconds):
 * the provider hands the sandbox out only once it has seen them.
 */
@SandboxTest(forks = @Fork("shipping"))
@LocalSandbox(KafkaShop.Shared.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxConsumersTest {

    private static final KafkaShop SHOP = new KafkaShop.Shared();
    private final String firstOrder = Orders.newId("first");

    @BeforeAll
    void sendAnOrderTheMomentTheSandboxIsHandedOut(@SandboxService("shipping") Producer<String, String> orders)
            throws Exception {
        Orders.send(orders, SHOP.orderPlaced(), "race", firstOrder);
    }

    @Test
    void anOrderSentTheMomentTheSandboxIsHandedOutIsTheForksAlone(Sandbox sandbox, KafkaTestBroker broker) throws Exception {
        String after = Orders.newId("after-race");
        try (KafkaProducer<String, String> plain = plain(broker)) {
            Orders.send(plain, SHOP.orderPlaced(), "race", after);
        }

        Orders.awaitProcessed("the fork", () -> Processed.byFork(SHOP.prefix(), sandbox.routingKey().value()), firstOrder);
        Orders.awaitProcessed("baseline", () -> Processed.byBaseline(SHOP.prefix()), after);
        assertThat(Processed.byBaseline(SHOP.prefix())).doesNotContain(firstOrder);
    }

    @Test
    void theTestsOrdersAreHandledByTheForkOnly(Sandbox sandbox, KafkaTestBroker broker,
            @SandboxService("shipping") Producer<String, String> orders) throws Exception {
        String mine = Orders.newId("mine");
        String plainAfter = Orders.newId("plain-after-mine");

        Orders.send(orders, SHOP.orderPlaced(), "mine", mine);
        try (KafkaProducer<String, String> plain = plain(broker)) {
            Orders.send(plain, SHOP.orderPlaced(), "mine", plainAfter);
        }

        Orders.awaitProcessed("the fork", () -> Processed.byFork(SHOP.prefix(), sandbox.routingKey().value()), mine);
        Orders.awaitProcessed("baseline", () -> Processed.byBaseline(SHOP.prefix()), plainAfter);
        assertThat(Processed.byBaseline(SHOP.prefix())).doesNotContain(mine);
        assertThat(Processed.byAnyFork(SHOP.prefix())).containsOnlyOnce(mine);
    }

    @Test
    void ordinaryOrdersAreHandledByBaselineOnly(Sandbox sandbox, KafkaTestBroker broker,
            @SandboxService("shipping") Producer<String, String> orders) throws Exception {
        String ordinary = Orders.newId("ordinary");
        String mineAfter = Orders.newId("mine-after-ordinary");

        try (KafkaProducer<String, String> plain = plain(broker)) {
            Orders.send(plain, SHOP.orderPlaced(), "ordinary", ordinary);
        }
        Orders.send(orders, SHOP.orderPlaced(), "ordinary", mineAfter);

        Orders.awaitProcessed("baseline", () -> Processed.byBaseline(SHOP.prefix()), ordinary);
        Orders.awaitProcessed("the fork", () -> Processed.byFork(SHOP.prefix(), sandbox.routingKey().value()), mineAfter);
        assertThat(Processed.byBaseline(SHOP.prefix())).containsOnlyOnce(ordinary);
        assertThat(Processed.byAnyFork(SHOP.prefix())).doesNotContain(ordinary);
    }

    @Test
    void theForkConsumesInAGroupOfItsOwn(Sandbox sandbox, KafkaTestBroker broker) throws Exception {
        try (Admin admin = ForkConsumerGroups.admin(broker.bootstrapServers())) {
            assertThat(ForkConsumerGroups.of(admin, sandbox.routingKey()))
                    .containsExactly(SHOP.shippingGroup() + "-" + sandbox.routingKey());
        }
    }

    static KafkaProducer<String, String> plain(KafkaTestBroker broker) {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }
}
