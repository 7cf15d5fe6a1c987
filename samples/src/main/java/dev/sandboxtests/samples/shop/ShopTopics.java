package dev.sandboxtests.samples.shop;

/**
 * The shop's Kafka topics and who is on each end. Every record carries the routing key of the request that
 * caused it in its {@code baggage} header, put there by the OpenTelemetry agent (orders).
 */
public final class ShopTopics {

    /** {"order", "customer", "sku", "qty"}, keyed by customer: orders produces it. */
    public static final String ORDER_PLACED = "order-placed";

    private ShopTopics() {
    }
}
