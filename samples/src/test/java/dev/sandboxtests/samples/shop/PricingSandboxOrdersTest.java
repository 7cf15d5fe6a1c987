package dev.sandboxtests.samples.shop;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.SmartTest;
import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * An order placed in a sandbox that forks only pricing goes the whole way on its key: baseline shipping ships
 * it (the sandbox does not fork shipping, so the record is baseline's, as every other hop of the request is),
 * and notifications (a child JVM with the OpenTelemetry agent and no routing code) asks the forked pricing
 * while handling the shipment, so the customer is told the discounted price.
 */
@SandboxTest(forks = @Fork(value = "pricing", image = "discount-rule"))
@LocalSandbox(ShopEnvironment.class)
class PricingSandboxOrdersTest {

    @Test
    void theSandboxsOrderIsShippedByBaselineShipping(@SandboxService("orders") RequestSpecification orders,
            RoutingKey key, KafkaTestBroker broker) {
        String mine = PlacedOrders.place(orders, PlacedOrders.newCustomer(), "A1", 3);

        ShopEvents shipments = ShopEvents.readUntil(broker, ShopTopics.SHIPMENT_CREATED, "shipped " + mine,
                events -> events.haveAll(mine));

        assertThat(shipments.carriersOf(mine)).containsExactly("ground");
        assertThat(shipments.of(mine).get(0).routingKey()).as("baseline shipping passes the key on").contains(key);
    }

    @Test
    void theCustomerIsToldTheForkedPriceWhileOrdinaryCustomersAreNot(@SandboxService("orders") RequestSpecification orders,
            @SandboxService("orders") URI plainOrders, KafkaTestBroker broker) throws Exception {
        String mine = PlacedOrders.place(orders, PlacedOrders.newCustomer(), "A1", 3);
        String ordinary = PlacedOrders.placeWithoutKey(plainOrders, PlacedOrders.newCustomer(), "A1", 3);

        ShopEvents notified = ShopEvents.readUntil(broker, ShopTopics.CUSTOMER_NOTIFIED,
                "notified of " + mine + " and " + ordinary, events -> events.haveAll(mine, ordinary));

        JsonNode toMe = notified.of(mine).get(0).value();
        JsonNode toOthers = notified.of(ordinary).get(0).value();
        assertThat(toMe.path("discount").asLong()).as("discount told: %s", toMe).isEqualTo(300);
        assertThat(toMe.path("total").asLong()).as("total told: %s", toMe).isEqualTo(2700);
        assertThat(toOthers.path("discount").asLong()).as("discount told: %s", toOthers).isZero();
        assertThat(toOthers.path("total").asLong()).as("total told: %s", toOthers).isEqualTo(3000);
    }

    @Test
    void theNotificationsDifferOnlyInThePrice(SmartTest smart) {
        BehaviorDiff diff = smart.call("orders", PlacedOrders.afterPlacing(PlacedOrders.newCustomer(), "A1", 3)
                .expecting(ShopTopics.CUSTOMER_NOTIFIED, 1));

        assertThat(diff).hasOnlyChangesAt("/customer-notified/0/value/discount", "/customer-notified/0/value/total");
        assertThat(diff).hasChangeAt("/customer-notified/0/value/total").from(3000).to(2700);
    }
}
