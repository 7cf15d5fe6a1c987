package dev.sandboxtests.resources;

import java.util.Locale;
import java.util.Objects;

/**
 * The name of a sandbox's temporary database, derived from its routing key and the resource's name
 * ({@code sbx_k7x2p9q4_orders_db}): the plugin that creates it and a service that routes a request's
 * database work by its routing key arrive at the same name without asking each other. It is a valid
 * unquoted identifier in PostgreSQL (and most databases): lowercase letters, digits and '_', starting
 * with a letter, at most 63 bytes.
 */
public final class DatabaseNames {

    /** What every such name starts with, so that the reaper and a person can tell them apart. */
    public static final String PREFIX = "sbx_";
    private static final int MAX_LENGTH = 63;

    private DatabaseNames() {
    }

    /**
     * @param routingKey the sandbox's routing key
     * @param resource   the resource's name in the sandbox spec
     * @return {@code sbx_<key>_<resource>} with every other character made '_', cut to 63 characters
     */
    public static String of(String routingKey, String resource) {
        Objects.requireNonNull(routingKey, "routingKey");
        Objects.requireNonNull(resource, "resource");
        String name = (PREFIX + clean(routingKey) + "_" + clean(resource));
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }

    private static String clean(String part) {
        return part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }
}
