package dev.sandboxtests.samples.shop.kubernetes;

import dev.sandboxtests.samples.shop.ShopEnvironment;
import dev.sandboxtests.samples.shop.pricing.PricingRules;
import dev.sandboxtests.samples.shop.pricing.PricingServer;

/**
 * The shop's container images and what runs for each in the simulated cluster — the same servers and mains the
 * local provider starts ({@link ShopEnvironment}): orders in a child JVM with the OpenTelemetry agent (so the routing
 * key travels on to pricing with no routing code), pricing in this JVM. {@code shop/pricing:discount-rule} is the
 * change under test, what {@code @Fork(value = "pricing", image = "discount-rule")} names through
 * {@code sandbox.kubernetes.image-template=shop/{service}:{image}}.
 */
final class ShopImages {

    static final String ORDERS = "shop/orders:baseline";
    static final String PRICING = "shop/pricing:baseline";
    static final String PRICING_DISCOUNT_RULE = "shop/pricing:discount-rule";
    /** On the command line of the child JVMs the simulated cluster starts, to tell them from the local provider's. */
    static final String CHILD_JVM_MARKER = "-Dsandboxtests.simulated-cluster=shop";

    private ShopImages() {
    }

    static ImageLaunchers launchers() {
        return new ImageLaunchers()
                .image(ORDERS, context -> ShopEnvironment.ordersJvm().jvmArg(CHILD_JVM_MARKER).start(context))
                .image(PRICING, context -> ShopEnvironment.running(PricingServer.start(0, PricingRules.standard())))
                .image(PRICING_DISCOUNT_RULE, context -> ShopEnvironment.running(
                        PricingServer.start(0, PricingRules.volumeDiscount(context.env()))));
    }
}
