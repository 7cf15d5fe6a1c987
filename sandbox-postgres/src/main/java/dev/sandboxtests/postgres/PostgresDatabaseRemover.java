package dev.sandboxtests.postgres;

import dev.sandboxtests.reaper.Leftover;
import dev.sandboxtests.reaper.LeftoverRemover;
import dev.sandboxtests.settings.SandboxSettings;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reaper's kind {@value #KIND}: a temporary database that a killed test JVM could not drop. The
 * watchdog (or a later run) connects to the server as the test did, ends the database's sessions and drops
 * it; a database that is gone already is fine.
 *
 * <p><b>Where the password comes from.</b> The registry is a directory of small JSON files under the build
 * directory ({@code sandbox.reaper.directory}, default {@code target/sandbox-tests/reaper}); an entry lives
 * only while its database does. The watchdog inherits the test JVM's environment variables, but not its
 * system properties or JUnit configuration parameters. So:
 * <ul>
 *   <li>no password (a trusting server, the embedded one): nothing is written;</li>
 *   <li>the password given as the environment variable {@code SANDBOX_POSTGRES_PASSWORD}: it is not written;
 *       the remover reads it from its own environment;</li>
 *   <li>a password given any other way (the param {@code password}, a system property, a configuration
 *       parameter): it is written into the entry, since the watchdog could not find it otherwise and a
 *       database it cannot drop stays on a shared server. Give it by environment variable to keep it off
 *       the disk.</li>
 * </ul>
 *
 * <pre>{@code
 * request.registerLeftover(PostgresDatabaseRemover.leftover(server, "sbx_k7x2p9_orders_db", false));
 * }</pre>
 */
public final class PostgresDatabaseRemover implements LeftoverRemover {

    /** The kind of a temporary database: {@value}. */
    public static final String KIND = "postgres-database";

    static final String SERVER = "server";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String DATABASE = "database";
    static final String EMBEDDED = "embedded";

    /** For {@link java.util.ServiceLoader}. */
    public PostgresDatabaseRemover() {
    }

    /**
     * The leftover of {@code database} on {@code server}.
     *
     * @param embedded whether the server is the run's embedded one: its databases go with it, so a server
     *                 that no longer answers means the database is gone
     */
    public static Leftover leftover(PostgresServer server, String database, boolean embedded) {
        Map<String, String> parameters = new TreeMap<>();
        parameters.put(SERVER, server.adminUrl());
        parameters.put(USERNAME, server.username());
        parameters.put(DATABASE, Identifiers.checked("database", database));
        if (embedded) {
            parameters.put(EMBEDDED, "true");
        }
        String password = server.password();
        if (!password.isEmpty() && !password.equals(System.getenv(PostgresSettings.PASSWORD.environmentVariable()))) {
            parameters.put(PASSWORD, password);
        }
        return Leftover.of(KIND, parameters);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void remove(Leftover leftover) throws SQLException {
        String password = Objects.requireNonNullElseGet(leftover.parameters().get(PASSWORD),
                () -> SandboxSettings.fromSystem().get(PostgresSettings.PASSWORD));
        PostgresServer server = PostgresServer.of(leftover.parameter(SERVER), leftover.parameter(USERNAME), password);
        try {
            new DatabaseAdmin(server).drop(leftover.parameter(DATABASE));
        } catch (SQLException e) {
            if (isEmbedded(leftover) && e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                return;   // The embedded server is gone (its own leftover stopped it), and the database with it.
            }
            throw e;
        }
    }

    private static boolean isEmbedded(Leftover leftover) {
        return Boolean.parseBoolean(leftover.parameters().get(EMBEDDED));
    }
}
