package dev.sandboxtests.samples.shop;

/**
 * The shop's Kafka topics and who is on each end. Every record carries the routing key of the request that
 * caused it in its {@code baggage} header, put there by the OpenTelemetry agent (orders, notifications) or by
 * {@code RoutingProducerInterceptor} (shipping).
 */
public final class ShopTopics {

    /** {"order", "customer", "sku", "qty"}, keyed by customer: orders produces it, shipping consumes it. */
    public static final String ORDER_PLACED = "order-placed";
    /** {"shipment", "order", "customer", "sku", "qty", "carrier", "etaDays"}, keyed by order: shipping produces it, notifications consumes it. */
    public static final String SHIPMENT_CREATED = "shipment-created";
    /** What the customer is told, keyed by order: notifications produces it. */
    public static final String CUSTOMER_NOTIFIED = "customer-notified";

    private ShopTopics() {
    }
}
