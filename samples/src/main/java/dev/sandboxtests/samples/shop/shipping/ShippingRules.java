package dev.sandboxtests.samples.shop.shipping;

/**
 * How shipping ships. Baseline sends every order by ground in 3 days; the fork under test,
 * {@code next-day}, sends it by express courier in 1 day.
 */
public record ShippingRules(String name, String carrier, int etaDays) {

    public static ShippingRules standard() {
        return new ShippingRules("standard", "ground", 3);
    }

    /** The change under test. */
    public static ShippingRules nextDay() {
        return new ShippingRules("next-day", "express", 1);
    }

    /** Rules by name, as the {@code SHIPPING_RULES} environment variable gives them. */
    public static ShippingRules named(String name) {
        return switch (name) {
            case "standard" -> standard();
            case "next-day" -> nextDay();
            default -> throw new IllegalArgumentException("unknown shipping rules '" + name
                    + "' (SHIPPING_RULES); known: standard, next-day");
        };
    }
}
