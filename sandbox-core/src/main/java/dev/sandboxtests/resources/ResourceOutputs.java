package dev.sandboxtests.resources;

import java.util.Locale;

/**
 * How a resource's outputs reach a fork: output {@code jdbc-url} of resource {@code orders-db} is the
 * environment variable {@code ORDERS_DB_JDBC_URL} and the system property {@code orders-db.jdbc-url}
 * (in-JVM services read it from {@code LaunchContext}; child processes from their environment).
 */
public final class ResourceOutputs {

    private ResourceOutputs() {
    }

    /** {@code ORDERS_DB_JDBC_URL} for resource {@code orders-db}, output {@code jdbc-url}. */
    public static String environmentVariable(String resource, String output) {
        return (resource + "_" + output).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** {@code orders-db.jdbc-url} for resource {@code orders-db}, output {@code jdbc-url}. */
    public static String systemProperty(String resource, String output) {
        return resource + "." + output;
    }
}
