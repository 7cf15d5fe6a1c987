package dev.sandboxtests.jdbc;

import dev.sandboxtests.routing.RoutingKey;
import java.sql.SQLException;

/**
 * A request whose routing key had a sandbox database, which is gone now (its sandbox was closed), asked for a
 * connection. It gets none: doing its work in the baseline's database instead would let a sandbox's writes reach
 * shared data. The SQLState is PostgreSQL's {@code 3D000} (invalid catalog name), what the server answered.
 */
public final class SandboxDatabaseGoneException extends SQLException {

    /** PostgreSQL's SQLState for a database that does not exist. */
    static final String DATABASE_DOES_NOT_EXIST = "3D000";

    SandboxDatabaseGoneException(RoutingKey key, String database, Throwable cause) {
        super("The sandbox database " + database + " of routing key '" + key + "' no longer exists (its sandbox was"
                + " probably closed). This request carries that key, so it gets no connection rather than one to the"
                + " baseline's database, whose data a sandbox's requests must never change. Requests without a"
                + " routing key are not affected; if the sandbox is still running, check that its database was not"
                + " dropped by hand.", DATABASE_DOES_NOT_EXIST, cause);
    }

    /** Whether {@code failure}, or an exception it was caused by, says that the database does not exist. */
    static boolean saysDatabaseIsMissing(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (DATABASE_DOES_NOT_EXIST.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
