package dev.sandboxtests.samples.shop.orders;

import dev.sandboxtests.samples.shop.JsonHttp;
import java.net.URI;

/** Runs orders as a process: {@code PORT} and {@code PRICING_URL} come from the environment. */
public final class OrdersMain {

    private OrdersMain() {
    }

    public static void main(String[] args) throws Exception {
        String pricing = System.getenv("PRICING_URL");
        if (pricing == null) {
            System.err.println("orders: cannot start: PRICING_URL is not set");
            System.exit(2);
        }
        OrdersServer server = OrdersServer.start(JsonHttp.portFromEnvironment(), URI.create(pricing));
        System.out.println("orders listening on " + server.uri() + ", pricing at " + pricing);
    }
}
