package dev.sandboxtests.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates and drops databases on one server, over short admin connections. Names are checked and quoted
 * ({@link Identifiers}); values go in as bind parameters. Failures become {@link PostgresResourceException}s
 * that say what to fix, by the SQL state PostgreSQL reports.
 */
final class DatabaseAdmin {

    /** SQL states (PostgreSQL appendix A) that get a message of their own. */
    private static final String NO_SUCH_DATABASE = "3D000";
    private static final String IN_USE = "55006";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String NOT_ALLOWED = "42501";

    private final PostgresServer server;

    DatabaseAdmin(PostgresServer server) {
        this.server = server;
    }

    /** Whether {@code database} exists on the server. */
    boolean exists(String database) throws SQLException {
        try (Connection admin = connect();
             PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * Creates {@code database}: a copy of {@code template} (PostgreSQL's file-level copy, fast for seeded
     * data) or, without one, an empty database (a copy of {@code template1}).
     *
     * @throws PostgresResourceException saying what to fix; the database was not created then
     */
    void create(String database, Optional<String> template) {
        String sql = "CREATE DATABASE " + Identifiers.quoted("database", database)
                + template.map(name -> " TEMPLATE " + Identifiers.quoted("template", name)).orElse("");
        try (Connection admin = connect(); Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw createFailed(database, template, e);
        }
    }

    /**
     * Drops {@code database} if it exists: new connections are refused first, those still open are ended
     * ({@code pg_terminate_backend}), then the database is dropped. Idempotent.
     *
     * @throws SQLException if the server cannot be reached or refuses
     */
    void drop(String database) throws SQLException {
        String quoted = Identifiers.quoted("database", database);
        try (Connection admin = connect(); Statement statement = admin.createStatement()) {
            try {
                // So that a pool of a fork cannot reconnect between the termination and the drop.
                statement.execute("ALTER DATABASE " + quoted + " ALLOW_CONNECTIONS false");
            } catch (SQLException e) {
                if (NO_SUCH_DATABASE.equals(e.getSQLState())) {
                    return;
                }
                if (!NOT_ALLOWED.equals(e.getSQLState())) {
                    throw e;
                }
            }
            try (PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM"
                    + " pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                terminate.setString(1, database);
                terminate.execute();
            }
            // DROP DATABASE waits up to 5 s for terminated sessions to go.
            statement.execute("DROP DATABASE IF EXISTS " + quoted);
        }
    }

    /** The server's databases that one could connect to, for messages. */
    List<String> databases() {
        List<String> names = new ArrayList<>();
        try (Connection admin = connect(); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE NOT datistemplate"
                     + " ORDER BY datname")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            names.add("(could not list them: " + e.getMessage() + ")");
        }
        return names;
    }

    /** How many other sessions are connected to {@code database}, for messages. */
    private int sessionsOn(String database) {
        try (Connection admin = connect();
             PreparedStatement query = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    private Connection connect() throws SQLException {
        try {
            return server.connectAdmin();
        } catch (SQLException e) {
            throw new SQLException("Cannot connect to " + server + " (database " + server.adminDatabase() + "): "
                    + e.getMessage() + ". Check " + PostgresSettings.URL.key() + ", " + PostgresSettings.USERNAME.key()
                    + " and " + PostgresSettings.PASSWORD.key() + " (or the params server, username, password).",
                    e.getSQLState(), e);
        }
    }

    private PostgresResourceException createFailed(String database, Optional<String> template, SQLException e) {
        String state = e.getSQLState();
        String on = " on " + server;
        if (template.isPresent() && NO_SUCH_DATABASE.equals(state)) {
            return new PostgresResourceException("There is no database '" + template.get() + "'" + on + " to copy"
                    + " (param template). Its databases are " + databases() + "; create and seed the template first,"
                    + " or name one of those (the name is case-sensitive).", e);
        }
        if (template.isPresent() && IN_USE.equals(state)) {
            int sessions = sessionsOn(template.get());
            return new PostgresResourceException("PostgreSQL refuses to copy database '" + template.get() + "'" + on
                    + " while others are connected to it" + (sessions == 1 ? " (1 session now)"
                    : sessions > 1 ? " (" + sessions + " sessions now)" : "")
                    + ". A database that services or tests use cannot be a template: keep a seed database that nothing"
                    + " connects to, copy the baseline's database from it too (CREATE DATABASE <baseline> TEMPLATE"
                    + " <seed>), and name the seed as template.", e);
        }
        if (DUPLICATE_DATABASE.equals(state)) {
            return new PostgresResourceException("The database '" + database + "' exists already" + on + "; it is"
                    + " left from an earlier run with the same routing key, or belongs to someone else. It was not"
                    + " touched: drop it if it is yours (DROP DATABASE \"" + database + "\").", e);
        }
        if (NOT_ALLOWED.equals(state)) {
            return new PostgresResourceException("User '" + server.username() + "' may not create databases" + on
                    + ": grant it CREATEDB (ALTER ROLE \"" + server.username() + "\" CREATEDB), or use a user that may.", e);
        }
        return new PostgresResourceException("Could not create database '" + database + "'"
                + template.map(name -> " from template '" + name + "'").orElse("") + on + ": " + e.getMessage()
                + (state == null ? "" : " (SQL state " + state + ")"), e);
    }
}
