package dev.sandboxtests.samples.shop.orders;

import dev.sandboxtests.samples.shop.JsonHttp;
import java.net.URI;

/**
 * Runs orders as a process: {@code PORT}, {@code PRICING_URL} and {@code INVENTORY_TARGET} (inventory's
 * gRPC endpoint as {@code http://host:port}) come from the environment.
 */
public final class OrdersMain {

    private OrdersMain() {
    }

    public static void main(String[] args) throws Exception {
        String pricing = required("PRICING_URL");
        String inventory = required("INVENTORY_TARGET");
        OrdersServer server = OrdersServer.start(JsonHttp.portFromEnvironment(), URI.create(pricing),
                URI.create(inventory));
        System.out.println("orders listening on " + server.uri() + ", pricing at " + pricing
                + ", inventory at " + inventory);
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null) {
            System.err.println("orders: cannot start: " + variable + " is not set");
            System.exit(2);
        }
        return value;
    }
}
