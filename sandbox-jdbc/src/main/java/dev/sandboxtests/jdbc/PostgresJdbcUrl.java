package dev.sandboxtests.jdbc;

/**
 * Puts another database's name into a PostgreSQL JDBC URL, keeping hosts and parameters: {@code
 * jdbc:postgresql://db:5432/orders?ssl=true} becomes {@code jdbc:postgresql://db:5432/sbx_k7_orders_db?ssl=true}.
 * Understands the driver's forms {@code jdbc:postgresql://hosts/database?…}, {@code jdbc:postgresql://hosts?…}
 * (no database: the user's) and {@code jdbc:postgresql:database?…} (localhost).
 */
final class PostgresJdbcUrl {

    static final String PREFIX = "jdbc:postgresql:";

    private PostgresJdbcUrl() {
    }

    /**
     * @throws IllegalArgumentException if {@code url} is not a PostgreSQL JDBC URL with a host
     */
    static String withDatabase(String url, String database) {
        requireValid(url);
        String rest = url.substring(PREFIX.length());
        int queryStart = rest.indexOf('?');
        String query = queryStart < 0 ? "" : rest.substring(queryStart);
        String address = queryStart < 0 ? rest : rest.substring(0, queryStart);
        if (!address.startsWith("//")) {
            return PREFIX + database + query; // jdbc:postgresql:orders
        }
        return PREFIX + hosts(address) + "/" + database + query;
    }

    /**
     * Checks {@code url} now, so that a wrong one fails when the service starts rather than on a request.
     *
     * @throws IllegalArgumentException if it is not a PostgreSQL JDBC URL with a host
     */
    static String requireValid(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("'" + withoutQuery(url) + "' is not a PostgreSQL JDBC URL: give the"
                    + " baseline database's URL, such as jdbc:postgresql://db.example:5432/orders; sandbox databases"
                    + " are found on the same server");
        }
        String address = url.substring(PREFIX.length()).split("\\?", 2)[0];
        if (address.startsWith("//") && hosts(address).length() == 2) {
            throw new IllegalArgumentException("'" + withoutQuery(url) + "' names no host; write"
                    + " jdbc:postgresql://host:port/database");
        }
        return url;
    }

    /** {@code //host:port,host:port} of {@code //hosts/database}. */
    private static String hosts(String address) {
        int pathStart = address.indexOf('/', 2);
        return pathStart < 0 ? address : address.substring(0, pathStart);
    }

    /** The URL without its parameters, which may hold a password, for messages. */
    static String withoutQuery(String url) {
        if (url == null) {
            return "null";
        }
        int queryStart = url.indexOf('?');
        return queryStart < 0 ? url : url.substring(0, queryStart) + "?…";
    }
}
