package dev.sandboxtests.kafka.shop;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What each shipping instance processed, by shop and instance, for the tests to look at. */
public final class Processed {

    private static final Map<String, List<String>> ORDERS = new ConcurrentHashMap<>();

    private Processed() {
    }

    static void add(String shop, String instance, String order) {
        ORDERS.computeIfAbsent(shop + "/" + instance, key -> new CopyOnWriteArrayList<>()).add(order);
    }

    /** The orders baseline shipping of {@code shop} processed. */
    public static List<String> byBaseline(String shop) {
        return List.copyOf(ORDERS.getOrDefault(shop + "/baseline", List.of()));
    }

    /** The orders the fork of shipping with {@code key} processed. */
    public static List<String> byFork(String shop, String key) {
        return List.copyOf(ORDERS.getOrDefault(shop + "/fork-" + key, List.of()));
    }

    /** The orders any fork of shipping of {@code shop} processed. */
    public static List<String> byAnyFork(String shop) {
        return ORDERS.entrySet().stream().filter(e -> e.getKey().startsWith(shop + "/fork-"))
                .flatMap(e -> e.getValue().stream()).toList();
    }
}
