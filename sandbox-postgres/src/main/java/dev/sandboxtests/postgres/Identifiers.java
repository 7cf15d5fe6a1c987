package dev.sandboxtests.postgres;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Database names that go into SQL. DDL cannot take a name as a bind parameter, so a name is checked
 * against a narrow alphabet first and then always written quoted: nothing a user typed reaches SQL
 * unchecked, and a quoted name keeps its case ({@code "Orders_Seed"} is not {@code orders_seed}).
 */
final class Identifiers {

    /** Letters, digits, '_', '-' and '$'; PostgreSQL allows more when quoted, but no template needs it. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_$-]*");
    /** PostgreSQL cuts longer names to 63 bytes (NAMEDATALEN - 1) without saying so. */
    private static final int MAX_BYTES = 63;

    private Identifiers() {
    }

    /**
     * @param what what the name is, for the message ({@code "template"})
     * @return {@code name}, if it is one this plugin puts in SQL
     * @throws PostgresResourceException saying what is allowed
     */
    static String checked(String what, String name) {
        if (name == null || !NAME.matcher(name).matches() || name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new PostgresResourceException("The " + what + " '" + name + "' is not a database name this plugin"
                    + " accepts: use 1 to 63 letters, digits, '_', '-' or '$', exactly as the database is named"
                    + " on the server (SELECT datname FROM pg_database).");
        }
        return name;
    }

    /** {@code "name"}, for SQL, after {@link #checked} (which allows no double quote inside). */
    static String quoted(String what, String name) {
        return '"' + checked(what, name) + '"';
    }
}
