package dev.sandboxtests.samples.shop.orders;

import static dev.sandboxtests.samples.shop.JsonHttp.query;
import static dev.sandboxtests.samples.shop.JsonHttp.respond;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.sandboxtests.samples.shop.inventory.api.InventoryGrpc;
import dev.sandboxtests.samples.shop.inventory.api.StockReply;
import dev.sandboxtests.samples.shop.inventory.api.StockRequest;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /orders/availability?sku=..&qty=..}: asks inventory over gRPC ({@code CheckStock}) whether
 * the quantity can ship.
 *
 * <p>A plain channel and stub, no routing code: run with the OpenTelemetry Java agent, the agent's gRPC
 * client instrumentation writes the incoming request's {@code baggage} (and with it the routing key)
 * into the call's metadata.
 */
final class AvailabilityEndpoint implements HttpHandler, AutoCloseable {

    private final URI inventory;
    private final ManagedChannel channel;
    private final InventoryGrpc.InventoryBlockingStub stub;

    /** @param inventory where inventory listens, e.g. {@code http://127.0.0.1:40123} (its router) */
    AvailabilityEndpoint(URI inventory) {
        if (inventory.getHost() == null || inventory.getPort() < 0) {
            throw new IllegalArgumentException("inventory target " + inventory
                    + " has no host and port; give it as http://host:port");
        }
        this.inventory = inventory;
        this.channel = Grpc.newChannelBuilderForAddress(inventory.getHost(), inventory.getPort(),
                InsecureChannelCredentials.create()).build();
        this.stub = InventoryGrpc.newBlockingStub(channel);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Map<String, String> params = query(exchange.getRequestURI());
        String sku = params.getOrDefault("sku", "");
        int quantity;
        try {
            quantity = Integer.parseInt(params.getOrDefault("qty", "1"));
        } catch (NumberFormatException e) {
            respond(exchange, 400, Map.of("error", "qty must be a whole number, but was '" + params.get("qty") + "'"));
            return;
        }
        StockReply stock;
        try {
            stock = stub.withDeadlineAfter(10, TimeUnit.SECONDS)
                    .checkStock(StockRequest.newBuilder().setSku(sku).setQuantity(quantity).build());
        } catch (StatusRuntimeException e) {
            respond(exchange, httpStatus(e.getStatus()), Map.of("error", describe(e.getStatus())));
            return;
        }
        Map<String, Object> availability = new LinkedHashMap<>();
        availability.put("sku", stock.getSku());
        availability.put("qty", quantity);
        availability.put("available", stock.getAvailable());
        availability.put("canShip", stock.getCanShip());
        availability.put("warehouse", stock.getWarehouse());
        respond(exchange, 200, availability);
    }

    /** Inventory's answers as orders passes them on; a failure to reach it is a 502, as for pricing. */
    private static int httpStatus(Status status) {
        return switch (status.getCode()) {
            case NOT_FOUND -> 404;
            case INVALID_ARGUMENT -> 400;
            default -> 502;
        };
    }

    private String describe(Status status) {
        return switch (status.getCode()) {
            case NOT_FOUND, INVALID_ARGUMENT -> Objects.requireNonNullElse(status.getDescription(), status.getCode().name());
            case UNAVAILABLE -> "inventory is unreachable at " + inventory + ": " + reason(status);
            default -> "inventory failed (" + status.getCode() + "): " + reason(status);
        };
    }

    /** gRPC's description ("io exception") and the cause that says what went wrong ("Connection refused"). */
    private static String reason(Status status) {
        String description = status.getDescription() == null ? "" : status.getDescription();
        String cause = status.getCause() == null ? "" : String.valueOf(status.getCause());
        if (description.isEmpty() || cause.isEmpty()) {
            return description.isEmpty() && cause.isEmpty() ? "no details" : description + cause;
        }
        return description + " (" + cause + ")";
    }

    @Override
    public void close() {
        channel.shutdownNow();
    }
}
