package dev.sandboxtests.kafka.shop;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.SmartTest;
import dev.sandboxtests.kafka.junit.EventPayload;
import dev.sandboxtests.kafka.junit.KafkaEvents;
import dev.sandboxtests.local.LocalSandbox;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Event SmartTests against the shop, whose shipping fork ships by drone: the events each side causes are
 * told apart by routing key (a random key of no sandbox for baseline), and compared like HTTP answers.
 */
@SandboxTest(forks = @Fork("shipping"))
@LocalSandbox(KafkaShop.Shared.class)
class ShipmentEventsTest {

    private static final KafkaShop SHOP = new KafkaShop.Shared();
    private static final String SHIPMENTS = SHOP.shipmentCreated();

    @Test
    void anOrderTakenOverHttpShipsByDroneOnTheForkAndNothingElseChanges(SmartTest smart) {
        String order = Orders.newId("http");

        BehaviorDiff diff = smart.call("orders", KafkaEvents
                .afterHttp(request -> request.contentType("application/json").body(Orders.json(order, "A1")).post("/orders"))
                .expecting(SHIPMENTS, 1));

        assertThat(diff).hasOnlyChangesAt("/" + SHIPMENTS + "/0/value/carrier");
        assertThat(diff).hasChangeAt("/" + SHIPMENTS + "/0/value/carrier").from("ground").to("drone");
        assertThat(diff.caveats()).as("the fork consumes: no router counts it").isEmpty();
        assertThat(diff.fork().status()).isEqualTo(201);
    }

    @Test
    void aProducedRecordCausesTheSameChange(SmartTest smart) {
        String order = Orders.newId("record");

        BehaviorDiff diff = smart.call("shipping", KafkaEvents.afterRecord(SHOP.orderPlaced(), order, Orders.json(order, "A1"))
                .expecting(SHIPMENTS, 1));

        assertThat(diff).hasOnlyChangesAt("/" + SHIPMENTS + "/0/value/carrier");
        assertThat(diff.fork().statusName()).contains("SENT");
    }

    @Test
    void anEventTheForkDoesNotProduceIsAHighDifference(SmartTest smart) {
        String order = Orders.newId("noship");

        BehaviorDiff diff = smart.call("shipping", KafkaEvents.afterRecord(SHOP.orderPlaced(), order,
                Orders.json(order, "NOSHIP")).expecting(SHIPMENTS, 1).within(Duration.ofSeconds(5)));

        assertThat(diff).hasChangeAt("/" + SHIPMENTS + "/0").withOperation(Operation.REMOVED).withRelevance(Relevance.HIGH);
    }

    @Test
    void anExtraEventOfTheForkIsAHighDifference(SmartTest smart) {
        String order = Orders.newId("twice");

        BehaviorDiff diff = smart.call("shipping", KafkaEvents.afterRecord(SHOP.orderPlaced(), order,
                Orders.json(order, "TWICE")).expecting(SHIPMENTS, 1));

        assertThat(diff).hasChangeAt("/" + SHIPMENTS + "/1").withOperation(Operation.ADDED).withRelevance(Relevance.HIGH);
        assertThat(diff).hasChangeAt("/" + SHIPMENTS + "/0/value/carrier").withRelevance(Relevance.MEDIUM);
    }

    @Test
    void headersAreComparedAndTheRoutingKeyIsNotAmongThem(SmartTest smart) throws Exception {
        String order = Orders.newId("priority");

        BehaviorDiff diff = smart.call("shipping", KafkaEvents.afterRecord(SHOP.orderPlaced(), order,
                Orders.json(order, "PRIORITY")).expecting(SHIPMENTS, 1));

        assertThat(diff).hasChangeAt("/" + SHIPMENTS + "/0/headers/x-priority").withOperation(Operation.ADDED)
                .withRelevance(Relevance.HIGH);
        JsonNode fork = new ObjectMapper().readTree(diff.fork().bodyText());
        assertThat(fork.at("/" + SHIPMENTS + "/0/key").asText()).isEqualTo(order);
        assertThat(fork.at("/" + SHIPMENTS + "/0/headers/content-type").asText()).isEqualTo("application/json");
        assertThat(fork.at("/" + SHIPMENTS + "/0/headers").has("baggage")).as("baggage with only the key").isFalse();
        assertThat(diff.fork().bodyText()).doesNotContain("sd-routing-key");
    }

    @Test
    void valuesCanBeComparedAsText(SmartTest smart) {
        String order = Orders.newId("text");

        BehaviorDiff diff = smart.call("shipping", KafkaEvents.afterRecord(SHOP.orderPlaced(), order, Orders.json(order, "A1"))
                .expecting(SHIPMENTS, 1).payloads(EventPayload.text()));

        assertThat(diff).hasChangeAt("/" + SHIPMENTS + "/0/value");
        assertThat(diff.fork().bodyText()).contains("\\\"carrier\\\":\\\"drone\\\"");
    }

    @Test
    void aBaselineThatDoesNotProduceTheExpectedEventsFailsTheTestSayingWhatCame(SmartTest smart) {
        String order = Orders.newId("short");

        assertThatThrownBy(() -> smart.call("shipping", KafkaEvents.afterRecord(SHOP.orderPlaced(), order,
                        Orders.json(order, "A1")).expecting(SHIPMENTS, 2).within(Duration.ofSeconds(3))))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("The baseline side (routing key ")
                .hasMessageContaining("produced 1 on '" + SHIPMENTS + "' within PT3S, but 2 on '" + SHIPMENTS
                        + "' were expected");
    }
}
