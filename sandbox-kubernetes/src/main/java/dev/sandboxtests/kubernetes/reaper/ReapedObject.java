package dev.sandboxtests.kubernetes.reaper;

import dev.sandboxtests.routing.RoutingKey;

/**
 * One thing the reaper removed (or, in a dry run, would remove): a whole object, or one route entry of an object
 * the sandbox does not own.
 *
 * @param kind       e.g. {@code Deployment}, or {@code VirtualService route entry}
 * @param namespace  the object's namespace
 * @param name       the object's name; for an entry, the object's name and the entry's, {@code pricing#sandbox-tests-k3v9}
 * @param routingKey the key of the sandbox it belonged to
 * @param reason     why it went, e.g. {@code expired at 2026-12-06T05:00:00Z}
 */
public record ReapedObject(String kind, String namespace, String name, RoutingKey routingKey, String reason) {

    /** One line, e.g. {@code Deployment shop/pricing-k3v9 (sandbox key k3v9: expired at 2026-12-06T05:00:00Z)}. */
    @Override
    public String toString() {
        return kind + " " + namespace + "/" + name + " (sandbox key " + routingKey.value() + ": " + reason + ")";
    }
}
