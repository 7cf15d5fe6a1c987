package dev.sandboxtests.jdbc;

import dev.sandboxtests.resources.DatabaseNames;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.ResourceSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Finds the temporary PostgreSQL databases that the resource plugin {@code postgres-database} makes for sandboxes
 * on the baseline's server: a key's database is named {@link DatabaseNames#of DatabaseNames.of(key, resource)}
 * ({@code sbx_<key>_orders_db}), so no registry is asked; whether it exists is asked of {@code pg_database} over a
 * baseline connection. The plugin and this class agree on the name without talking to each other.
 *
 * <pre>{@code
 * // a new driver connection per getConnection(): no pool, enough for test traffic
 * SandboxDatabases databases = PostgresSandboxDatabases.withDriverManager(baseline, jdbcUrl, user, password, "orders-db");
 *
 * // or a pool of yours per sandbox database
 * SandboxDatabases pooled = PostgresSandboxDatabases.of(baseline, jdbcUrl, "orders-db", (database, url) -> pool(url));
 * }</pre>
 *
 * <p>The service's user must be allowed to connect to the sandbox databases; PostgreSQL lets everyone connect to a
 * new database unless {@code CONNECT} was revoked from {@code PUBLIC}, and a database copied from a template keeps
 * the template's grants on its tables.
 */
public final class PostgresSandboxDatabases implements SandboxDatabases {

    private static final String EXISTS = "SELECT 1 FROM pg_database WHERE datname = ?";

    private final DataSource baseline;
    private final String jdbcUrl;
    private final String resource;
    private final SandboxDataSourceFactory factory;

    private PostgresSandboxDatabases(DataSource baseline, String jdbcUrl, String resource, SandboxDataSourceFactory factory) {
        this.baseline = Objects.requireNonNull(baseline, "baseline: the service's own DataSource");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.jdbcUrl = PostgresJdbcUrl.requireValid(jdbcUrl);
        this.resource = validResourceName(resource);
    }

    /**
     * Sandbox databases reached through {@code factory}, a connection pool of yours, say.
     *
     * @param baseline the baseline's DataSource, asked whether a database exists
     * @param jdbcUrl  the baseline database's URL; sandbox databases are on the same server
     * @param resource the resource's name in the sandbox spec, {@code orders-db}
     * @throws IllegalArgumentException if the URL is not a PostgreSQL JDBC URL or the name is not a resource name
     */
    public static PostgresSandboxDatabases of(DataSource baseline, String jdbcUrl, String resource,
                                              SandboxDataSourceFactory factory) {
        return new PostgresSandboxDatabases(baseline, jdbcUrl, resource, factory);
    }

    /**
     * Sandbox databases reached with a new connection per {@code getConnection()} from the JDBC driver on the class
     * path ({@link java.sql.DriverManager}), as {@code user}.
     *
     * @throws IllegalArgumentException if the URL is not a PostgreSQL JDBC URL or the name is not a resource name
     */
    public static PostgresSandboxDatabases withDriverManager(DataSource baseline, String jdbcUrl, String user,
                                                             String password, String resource) {
        return new PostgresSandboxDatabases(baseline, jdbcUrl, resource,
                (database, url) -> new DriverManagerDataSource(url, user, password));
    }

    /** The database {@code key}'s sandbox would have: {@code sbx_<key>_<resource>}. */
    public String databaseName(RoutingKey key) {
        return DatabaseNames.of(key.value(), resource);
    }

    @Override
    public Optional<SandboxDatabase> find(RoutingKey key) throws SQLException {
        String database = databaseName(key);
        if (!exists(database)) {
            return Optional.empty();
        }
        return Optional.of(new SandboxDatabase(database, factory.create(database, PostgresJdbcUrl.withDatabase(jdbcUrl, database))));
    }

    private boolean exists(String database) throws SQLException {
        try (Connection connection = baseline.getConnection();
             PreparedStatement statement = connection.prepareStatement(EXISTS)) {
            statement.setString(1, database);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private static String validResourceName(String resource) {
        try {
            return ResourceSpec.of(resource, "postgres-database", Map.of()).name(); // the spec's own rule for names
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; give the name the sandbox spec gives the database"
                    + " resource, such as orders-db", e);
        }
    }

    @Override
    public String toString() {
        return "PostgresSandboxDatabases[" + PostgresJdbcUrl.withoutQuery(jdbcUrl) + ", resource " + resource + "]";
    }
}
