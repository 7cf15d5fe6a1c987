package dev.sandboxtests.samples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.local.LocalSandbox;
import java.net.URI;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * While a sandbox forks shipping, orders without its key are shipped by baseline alone: the fork reads them
 * too (in a group of its own) and leaves them. A shipment's carrier says who shipped it.
 */
@SandboxTest(forks = @Fork(value = "shipping", image = "next-day"))
@LocalSandbox(ShopEnvironment.class)
class OrdinaryOrdersTest {

    @Test
    void anOrdinaryOrderIsShippedByBaselineAloneAndNeverByTheFork(@SandboxService("orders") URI plainOrders,
            @SandboxService("shipping") Producer<String, String> sandboxOrders, KafkaTestBroker broker) throws Exception {
        String customer = PlacedOrders.newCustomer();
        String ordinary = PlacedOrders.placeWithoutKey(plainOrders, customer, "B2", 2);
        // The same customer's next order, straight onto the topic with the sandbox's key (the producer parameter
        // adds it): once the fork has shipped it, the fork has decided about the ordinary one.
        String mineAfter = "o-after-" + customer;
        sandboxOrders.send(new ProducerRecord<>(ShopTopics.ORDER_PLACED, customer,
                "{\"order\":\"" + mineAfter + "\",\"customer\":\"" + customer + "\",\"sku\":\"B2\",\"qty\":2}")).get();

        ShopEvents shipments = ShopEvents.readUntil(broker, ShopTopics.SHIPMENT_CREATED,
                "shipped " + ordinary + " and " + mineAfter, events -> events.haveAll(ordinary, mineAfter));

        assertThat(shipments.carriersOf(ordinary)).as("shipments of the ordinary order").containsExactly("ground");
        assertThat(shipments.of(ordinary).get(0).routingKey()).as("routing key of its shipment").isEmpty();
        assertThat(shipments.carriersOf(mineAfter)).as("shipments of the sandbox's order").containsExactly("express");
    }
}
