package dev.sandboxtests.samples.shop.pricing;

import java.util.Map;

/**
 * How pricing computes a price. Baseline has no discount; the fork under test adds a volume
 * discount of {@code discountPercent} for {@code minQuantity} items or more, and mentions it when it
 * rejects a quantity.
 */
public record PricingRules(String name, int discountPercent, int minQuantity) {

    public static PricingRules standard() {
        return new PricingRules("standard", 0, Integer.MAX_VALUE);
    }

    /** The new rule: {@code DISCOUNT_PERCENT} (default 10) off from 3 items. */
    public static PricingRules volumeDiscount(Map<String, String> env) {
        int percent = Integer.parseInt(env.getOrDefault("DISCOUNT_PERCENT", "10"));
        return new PricingRules("volume-discount", percent, 3);
    }

    /** Rules by name, as the {@code PRICING_RULES} environment variable gives them. */
    public static PricingRules named(String name, Map<String, String> env) {
        return switch (name) {
            case "standard" -> standard();
            case "volume-discount" -> volumeDiscount(env);
            default -> throw new IllegalArgumentException("unknown rule set '" + name
                    + "' (PRICING_RULES); known: standard, volume-discount");
        };
    }

    /** Why {@code qty} cannot be priced; the volume discount's rules also say what a larger quantity gets. */
    String invalidQuantity(String qty) {
        String reason = "qty must be a whole number from 1, not '" + qty + "'";
        return discountPercent == 0 ? reason : reason + " (" + discountPercent + "% off from " + minQuantity + " items)";
    }

    long discountFor(long unitPrice, int quantity) {
        return quantity >= minQuantity ? unitPrice * quantity * discountPercent / 100 : 0;
    }
}
