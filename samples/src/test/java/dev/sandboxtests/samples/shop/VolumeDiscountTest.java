package dev.sandboxtests.samples.shop;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.SmartTest;
import dev.sandboxtests.local.LocalSandbox;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * The change under test: pricing's fork gives 10% off from 3 items. Requests enter at orders (a
 * baseline, running with the OpenTelemetry agent) and reach the forked pricing on the second hop.
 */
@SandboxTest(forks = @Fork(value = "pricing", image = "discount-rule"))
@LocalSandbox(ShopEnvironment.class)
class VolumeDiscountTest {

    @Test
    void theDiscountShowsExactlyWhereTheRuleApplies(SmartTest smart) {
        BehaviorDiff diff = smart.http("orders",
                request -> request.queryParam("sku", "A1").queryParam("qty", 3).get("/orders/quote"));

        assertThat(diff).hasOnlyChangesAt("/price/discount", "/price/total", "/grandTotal");
        Difference total = diff.at("/price/total").orElseThrow();
        assertThat(total.baseline().asLong()).isEqualTo(3000);
        assertThat(total.fork().asLong()).isEqualTo(2700);
    }

    @Test
    void belowTheThresholdNothingChanges(SmartTest smart) {
        BehaviorDiff diff = smart.http("orders",
                request -> request.queryParam("sku", "A1").queryParam("qty", 2).get("/orders/quote"));

        assertThat(diff).hasNoRelevantChanges();
    }

    @Test
    void anEndpointTheForkDidNotChangeHasNoRelevantChanges(SmartTest smart) {
        BehaviorDiff diff = smart.http("orders", request -> request.get("/orders/currencies"));

        assertThat(diff).hasNoRelevantChanges();
    }

    @Test
    void errorBodiesAreComparedToo(SmartTest smart) {
        BehaviorDiff diff = smart.http("orders",
                request -> request.queryParam("sku", "A1").queryParam("qty", 0).get("/orders/quote"));

        assertThat(diff.baseline().status()).isEqualTo(400);
        assertThat(diff.fork().status()).isEqualTo(400);
        assertThat(diff).hasOnlyChangesAt("/error");
        assertThat(diff).hasChangeAt("/error")
                .from("qty must be a whole number from 1, not '0'")
                .to("qty must be a whole number from 1, not '0' (10% off from 3 items)");
    }

    @Test
    void theRoutingKeyTravelsThroughBaselineOrdersToTheForkedPricing(
            @SandboxService("orders") RequestSpecification orders) {
        orders.queryParam("sku", "A1").queryParam("qty", 3)
                .get("/orders/quote")
                .then().statusCode(200)
                .body("price.discount", equalTo(300))
                .body("grandTotal", equalTo(3199));
    }
}
