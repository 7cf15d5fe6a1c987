package dev.sandboxtests.samples.shop;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.SmartTest;
import dev.sandboxtests.kafka.junit.KafkaEvents;
import dev.sandboxtests.local.LocalSandbox;
import org.junit.jupiter.api.Test;

/**
 * Event SmartTests of shipping's next-day fork: the same order goes in once without and once with the
 * sandbox's key, and the events each side causes (told apart by the key they carry) are compared like HTTP
 * answers. Shipment ids and order ids differ on every run; the second baseline run shows them as noise.
 */
@SandboxTest(forks = @Fork(value = "shipping", image = "next-day"))
@LocalSandbox(ShopEnvironment.class)
class ShipmentEventsTest {

    private static final String CARRIER = "/shipment-created/0/value/carrier";
    private static final String ETA = "/shipment-created/0/value/etaDays";

    @Test
    void onlyTheCarrierAndTheDeliveryTimeOfTheShipmentChange(SmartTest smart) {
        BehaviorDiff diff = smart.call("orders", PlacedOrders.afterPlacing(PlacedOrders.newCustomer(), "A1", 2)
                .expecting(ShopTopics.SHIPMENT_CREATED, 1));

        assertThat(diff).hasOnlyChangesAt(CARRIER, ETA);
        assertThat(diff).hasChangeAt(CARRIER).from("ground").to("express");
        assertThat(diff).hasChangeAt(ETA).from(3).to(1);
    }

    @Test
    void theCustomerIsToldOfTheNewCarrierAndNothingElseChanges(SmartTest smart) {
        BehaviorDiff diff = smart.call("orders", PlacedOrders.afterPlacing(PlacedOrders.newCustomer(), "C3", 1)
                .expecting(ShopTopics.SHIPMENT_CREATED, 1)
                .expecting(ShopTopics.CUSTOMER_NOTIFIED, 1));

        assertThat(diff).hasOnlyChangesAt(CARRIER, ETA,
                "/customer-notified/0/value/carrier", "/customer-notified/0/value/etaDays");
    }

    @Test
    void aRecordProducedStraightForShippingShowsTheSameChange(SmartTest smart) {
        String customer = PlacedOrders.newCustomer();

        BehaviorDiff diff = smart.call("shipping", KafkaEvents.afterRecord(ShopTopics.ORDER_PLACED, customer,
                "{\"order\":\"o-" + customer + "\",\"customer\":\"" + customer + "\",\"sku\":\"B2\",\"qty\":4}")
                .expecting(ShopTopics.SHIPMENT_CREATED, 1));

        assertThat(diff).hasOnlyChangesAt(CARRIER, ETA);
    }
}
