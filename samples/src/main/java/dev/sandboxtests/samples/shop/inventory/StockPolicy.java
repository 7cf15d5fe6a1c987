package dev.sandboxtests.samples.shop.inventory;

import java.util.Map;

/**
 * How many of the units on hand inventory offers for sale. Baseline offers all of them; the fork under
 * test ({@code safety-stock}) keeps back a safety buffer of {@code safetyPercent} of the units on hand,
 * but at least {@code safetyMinimum} units.
 *
 * <p>With the defaults (10%, at least 2), 20 units on hand leave 18 available and 5 leave 3: the two
 * policies disagree on {@code available} whenever there is stock, and on {@code can_ship} for the
 * quantities in between.
 */
public record StockPolicy(String name, int safetyPercent, int safetyMinimum) {

    /** All units on hand are available. */
    public static StockPolicy standard() {
        return new StockPolicy("standard", 0, 0);
    }

    /** The change under test: {@code SAFETY_STOCK_PERCENT} (default 10) kept back, at least {@code SAFETY_STOCK_MINIMUM} (default 2). */
    public static StockPolicy safetyStock(Map<String, String> env) {
        return new StockPolicy("safety-stock",
                Integer.parseInt(env.getOrDefault("SAFETY_STOCK_PERCENT", "10")),
                Integer.parseInt(env.getOrDefault("SAFETY_STOCK_MINIMUM", "2")));
    }

    /** The units of {@code onHand} that may be sold. */
    int available(int onHand) {
        int reserve = Math.max(onHand * safetyPercent / 100, safetyMinimum);
        return Math.max(0, onHand - reserve);
    }
}
