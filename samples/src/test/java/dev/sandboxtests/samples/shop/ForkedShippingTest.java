package dev.sandboxtests.samples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.kafka.ForkConsumerGroups;
import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

/**
 * The change under test is in a Kafka consumer: shipping's fork ships by express in a day. Baseline and fork
 * are child JVMs that read who they are from the environment ({@code KafkaRouting.fromEnvironment()}); both
 * read every order, and the test's orders, placed at orders (a baseline with the OpenTelemetry agent, which
 * writes the key into the record), are shipped by the fork alone. A shipment's carrier says who shipped it.
 */
@SandboxTest(forks = @Fork(value = "shipping", image = "next-day"))
@LocalSandbox(ShopEnvironment.class)
class ForkedShippingTest {

    @Test
    void theTestsOrderIsShippedByTheForkAloneAndNeverByBaseline(@SandboxService("orders") RequestSpecification orders,
            @SandboxService("orders") URI plainOrders, RoutingKey key, KafkaTestBroker broker) throws Exception {
        String customer = PlacedOrders.newCustomer();
        String mine = PlacedOrders.place(orders, customer, "A1", 1);
        // The same customer's next order: once baseline has shipped it, baseline has decided about mine.
        String ordinaryAfter = PlacedOrders.placeWithoutKey(plainOrders, customer, "A1", 1);

        ShopEvents shipments = ShopEvents.readUntil(broker, ShopTopics.SHIPMENT_CREATED,
                "shipped " + mine + " and " + ordinaryAfter, events -> events.haveAll(mine, ordinaryAfter));

        assertThat(shipments.carriersOf(mine)).as("shipments of the test's order").containsExactly("express");
        assertThat(shipments.carriersOf(ordinaryAfter)).as("shipments of the ordinary order").containsExactly("ground");
        assertThat(shipments.of(mine).get(0).routingKey()).as("the fork passes the key on").contains(key);
    }

    @Test
    void theForkConsumesInAGroupOfItsOwnNamedAfterTheKeyItWasGiven(RoutingKey key, KafkaTestBroker broker)
            throws Exception {
        try (Admin admin = ForkConsumerGroups.admin(broker.bootstrapServers())) {
            assertThat(ForkConsumerGroups.of(admin, key)).containsExactly("shipping-" + key);
            assertThat(admin.describeConsumerGroups(List.of("shipping", "shipping-" + key)).all().get().values())
                    .allSatisfy(group -> assertThat(group.members()).as("members of %s", group.groupId()).isNotEmpty());
        }
    }
}
