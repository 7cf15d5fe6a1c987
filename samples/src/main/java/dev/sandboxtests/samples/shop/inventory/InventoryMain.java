package dev.sandboxtests.samples.shop.inventory;

import dev.sandboxtests.samples.shop.JsonHttp;

/**
 * Runs inventory as a process: {@code PORT} and {@code STOCK_POLICY} ({@code standard} or
 * {@code safety-stock}, with {@code SAFETY_STOCK_PERCENT} and {@code SAFETY_STOCK_MINIMUM}) come from
 * the environment.
 */
public final class InventoryMain {

    private InventoryMain() {
    }

    public static void main(String[] args) throws Exception {
        StockPolicy policy;
        try {
            policy = StockPolicy.named(System.getenv().getOrDefault("STOCK_POLICY", "standard"), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("inventory: cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        InventoryServer server = InventoryServer.start(JsonHttp.portFromEnvironment(), policy);
        System.out.println("inventory (" + policy.name() + ") listening on " + server.uri());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "inventory-shutdown"));
    }
}
