package dev.sandboxtests.samples.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.samples.shop.inventory.InventoryServer;
import dev.sandboxtests.samples.shop.inventory.StockPolicy;
import dev.sandboxtests.samples.shop.inventory.api.InventoryGrpc;
import dev.sandboxtests.samples.shop.inventory.api.StockReply;
import dev.sandboxtests.samples.shop.inventory.api.StockRequest;
import dev.sandboxtests.samples.shop.inventory.api.Warehouse;
import dev.sandboxtests.samples.shop.inventory.api.WarehousesRequest;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inventory service on its own (no sandbox): baseline's answers through a plain channel. */
class InventoryDirectTest {

    private static InventoryServer inventory;
    private static ManagedChannel channel;
    private static InventoryGrpc.InventoryBlockingStub stub;

    @BeforeAll
    static void start() throws Exception {
        inventory = InventoryServer.start(0, StockPolicy.standard());
        channel = Grpc.newChannelBuilderForAddress(inventory.uri().getHost(), inventory.uri().getPort(),
                InsecureChannelCredentials.create()).build();
        stub = InventoryGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        inventory.close();
    }

    @Test
    void baselineOffersEveryUnitOnHand() {
        StockReply stock = stub.checkStock(StockRequest.newBuilder().setSku("B2").setQuantity(5).build());

        assertThat(stock.getSku()).isEqualTo("B2");
        assertThat(stock.getAvailable()).isEqualTo(5);
        assertThat(stock.getCanShip()).isTrue();
        assertThat(stock.getWarehouse()).isEqualTo("BER-1");
        assertThat(Instant.parse(stock.getCheckedAt())).isBeforeOrEqualTo(Instant.now());
        assertThat(inventory.uri().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void warehousesStreamInAFixedOrder() {
        List<String> codes = new ArrayList<>();
        stub.listWarehouses(WarehousesRequest.getDefaultInstance())
                .forEachRemaining((Warehouse warehouse) -> codes.add(warehouse.getCode()));

        assertThat(codes).containsExactly("BER-1", "HAM-2", "MUC-3");
    }

    @Test
    void anUnknownSkuIsNotFoundWithTheSku() {
        assertThatThrownBy(() -> stub.checkStock(StockRequest.newBuilder().setSku("Z9").setQuantity(1).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
                    assertThat(e.getStatus().getDescription()).isEqualTo("unknown sku 'Z9'");
                });
    }
}
