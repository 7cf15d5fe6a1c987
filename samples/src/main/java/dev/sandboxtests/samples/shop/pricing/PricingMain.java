package dev.sandboxtests.samples.shop.pricing;

/**
 * Runs pricing as a process: {@code PORT} and {@code PRICING_RULES} ({@code standard} or
 * {@code volume-discount}, with {@code DISCOUNT_PERCENT}) come from the environment.
 */
public final class PricingMain {

    private PricingMain() {
    }

    public static void main(String[] args) throws Exception {
        PricingRules rules;
        try {
            rules = PricingRules.named(System.getenv().getOrDefault("PRICING_RULES", "standard"), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("pricing: cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        PricingServer server = PricingServer.start(dev.sandboxtests.samples.shop.JsonHttp.portFromEnvironment(), rules);
        System.out.println("pricing (" + rules.name() + ") listening on " + server.uri());
    }
}
