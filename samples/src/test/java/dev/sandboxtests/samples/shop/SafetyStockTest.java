package dev.sandboxtests.samples.shop;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.grpc.junit.GrpcCall;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.SmartTest;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.samples.shop.inventory.api.InventoryGrpc;
import dev.sandboxtests.samples.shop.inventory.api.StockReply;
import dev.sandboxtests.samples.shop.inventory.api.StockRequest;
import dev.sandboxtests.samples.shop.inventory.api.WarehousesRequest;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The change under test is in a gRPC service: inventory's fork keeps a safety stock back (10%, at
 * least 2 units). Calls reach inventory directly over gRPC, and through orders (HTTP, a baseline
 * with the OpenTelemetry agent and no routing code), which asks inventory over gRPC on the second hop.
 */
@SandboxTest(forks = @Fork(value = "inventory", image = "safety-stock"))
@LocalSandbox(ShopEnvironment.class)
class SafetyStockTest {

    @Test
    void theForkOffersFewerUnitsAndNothingElseChanges(SmartTest smart) {
        BehaviorDiff diff = smart.call("inventory", GrpcCall.unary(InventoryGrpc.getCheckStockMethod(), stock("A1", 3)));

        assertThat(diff).hasOnlyChangesAt("/available");
        assertThat(diff).hasChangeAt("/available").from(20).to(18);
    }

    @Test
    void whereTheSafetyStockBitesTheQuantityNoLongerShips(SmartTest smart) {
        BehaviorDiff diff = smart.call("inventory", GrpcCall.unary(InventoryGrpc.getCheckStockMethod(), stock("B2", 4)));

        assertThat(diff).hasOnlyChangesAt("/available", "/canShip");
        assertThat(diff).hasChangeAt("/canShip").from(true).to(false);
    }

    @Test
    void theWarehouseStreamDidNotChange(SmartTest smart) {
        BehaviorDiff diff = smart.call("inventory", GrpcCall.serverStreaming(InventoryGrpc.getListWarehousesMethod(),
                WarehousesRequest.getDefaultInstance()));

        assertThat(diff).hasNoRelevantChanges();
        assertThat(diff.fork().bodyText()).contains("\"city\":\"Hamburg\"");
    }

    @Test
    void anUnknownSkuIsNotFoundOnBothSides(SmartTest smart) {
        BehaviorDiff diff = smart.call("inventory", GrpcCall.unary(InventoryGrpc.getCheckStockMethod(), stock("Z9", 1)));

        assertThat(diff.baseline().headers()).containsKey("grpc-message");
        assertThat(diff.baseline().headers().get("grpc-status")).containsExactly("NOT_FOUND");
        assertThat(diff).hasNoRelevantChanges();
    }

    @Test
    void throughOrdersTheKeyReachesTheForkedInventoryOnTheSecondHop(SmartTest smart) {
        BehaviorDiff diff = smart.http("orders",
                request -> request.queryParam("sku", "B2").queryParam("qty", 4).get("/orders/availability"));

        assertThat(diff).hasOnlyChangesAt("/available", "/canShip");
        assertThat(diff).hasChangeAt("/available").from(5).to(3);
    }

    @Test
    void aGeneratedStubReachesTheFork(@SandboxService("inventory") InventoryGrpc.InventoryBlockingStub inventory) {
        StockReply reply = inventory.withDeadlineAfter(10, TimeUnit.SECONDS).checkStock(stock("A1", 3));

        assertThat(reply.getAvailable()).isEqualTo(18);
    }

    @Test
    void aRoutedHttpRequestToOrdersSeesTheForksStock(@SandboxService("orders") RequestSpecification orders) {
        orders.queryParam("sku", "A1").queryParam("qty", 3)
                .get("/orders/availability")
                .then().statusCode(200)
                .body("available", equalTo(18))
                .body("canShip", equalTo(true));
    }

    private static StockRequest stock(String sku, int quantity) {
        return StockRequest.newBuilder().setSku(sku).setQuantity(quantity).build();
    }
}
