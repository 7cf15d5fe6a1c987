package dev.sandboxtests.samples.shop.inventory;

import dev.sandboxtests.samples.shop.inventory.api.InventoryGrpc;
import dev.sandboxtests.samples.shop.inventory.api.StockReply;
import dev.sandboxtests.samples.shop.inventory.api.StockRequest;
import dev.sandboxtests.samples.shop.inventory.api.Warehouse;
import dev.sandboxtests.samples.shop.inventory.api.WarehousesRequest;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The gRPC methods of inventory (see {@code src/main/proto/inventory.proto}) over a fixed stock list. */
final class InventoryService extends InventoryGrpc.InventoryImplBase {

    private record Stock(int onHand, String warehouse) {
    }

    /** A1 and B2 are in stock (they show the policy's effect); C3 is sold out under every policy. */
    private static final Map<String, Stock> STOCK = Map.of(
            "A1", new Stock(20, "BER-1"),
            "B2", new Stock(5, "BER-1"),
            "C3", new Stock(0, "HAM-2"));

    private static final List<Warehouse> WAREHOUSES = List.of(
            Warehouse.newBuilder().setCode("BER-1").setCity("Berlin").build(),
            Warehouse.newBuilder().setCode("HAM-2").setCity("Hamburg").build(),
            Warehouse.newBuilder().setCode("MUC-3").setCity("Munich").build());

    private final StockPolicy policy;
    private final Clock clock;

    InventoryService(StockPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void checkStock(StockRequest request, StreamObserver<StockReply> replies) {
        Stock stock = STOCK.get(request.getSku());
        if (stock == null) {
            replies.onError(Status.NOT_FOUND.withDescription("unknown sku '" + request.getSku() + "'").asRuntimeException());
            return;
        }
        if (request.getQuantity() < 1) {
            replies.onError(Status.INVALID_ARGUMENT.withDescription("quantity must be at least 1, but was "
                    + request.getQuantity()).asRuntimeException());
            return;
        }
        int available = policy.available(stock.onHand());
        replies.onNext(StockReply.newBuilder()
                .setSku(request.getSku())
                .setAvailable(available)
                .setCanShip(request.getQuantity() <= available)
                .setWarehouse(stock.warehouse())
                .setCheckedAt(clock.instant().toString())
                .build());
        replies.onCompleted();
    }

    @Override
    public void listWarehouses(WarehousesRequest request, StreamObserver<Warehouse> warehouses) {
        WAREHOUSES.forEach(warehouses::onNext);
        warehouses.onCompleted();
    }
}
