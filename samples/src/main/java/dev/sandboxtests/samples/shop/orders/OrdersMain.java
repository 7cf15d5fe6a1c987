package dev.sandboxtests.samples.shop.orders;

import static dev.sandboxtests.samples.shop.JsonHttp.requiredEnvironment;

import dev.sandboxtests.samples.shop.JsonHttp;
import java.net.URI;

/**
 * Runs orders as a process: {@code PORT}, {@code PRICING_URL}, {@code INVENTORY_TARGET} (inventory's
 * gRPC endpoint as {@code http://host:port}) and {@code KAFKA_BOOTSTRAP_SERVERS} come from the environment,
 * and where it keeps orders, if anywhere: {@code ORDERS_DB_JDBC_URL}, {@code ORDERS_DB_USERNAME},
 * {@code ORDERS_DB_PASSWORD} (and {@code ORDERS_GIFT_WRAP=true} for the gift-wrap fork), see {@link OrderBook}.
 */
public final class OrdersMain {

    private OrdersMain() {
    }

    public static void main(String[] args) throws Exception {
        String pricing = requiredEnvironment("orders", "PRICING_URL");
        String inventory = requiredEnvironment("orders", "INVENTORY_TARGET");
        String kafka = requiredEnvironment("orders", "KAFKA_BOOTSTRAP_SERVERS");
        OrdersServer server = OrdersServer.start(JsonHttp.portFromEnvironment(), URI.create(pricing),
                URI.create(inventory), kafka, OrderBook.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "orders-stop"));
        System.out.println("orders listening on " + server.uri() + ", pricing at " + pricing
                + ", inventory at " + inventory + ", publishing orders on Kafka at " + kafka);
    }
}
