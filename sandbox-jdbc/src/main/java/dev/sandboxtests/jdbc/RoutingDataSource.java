package dev.sandboxtests.jdbc;

import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.settings.SandboxSettings;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for a baseline service that does each request's database work where the request belongs:
 * in the temporary database of its sandbox when the request's routing key ({@link RoutingContext#current()}) has
 * one, and in the baseline's database otherwise. Test writes then never touch shared data.
 * <ul>
 *   <li>no routing key: the baseline's database, always; a sandbox database is never even looked up;</li>
 *   <li>a key whose sandbox has a database: that database;</li>
 *   <li>a key of no sandbox, or of a sandbox without a database of this service's: the baseline's database;</li>
 *   <li>a key whose database was found before and is gone now (its sandbox closed): no connection, a {@link
 *       SandboxDatabaseGoneException} naming the key. A sandbox's request is never sent to the baseline's data.</li>
 * </ul>
 * Lookups are cached per key: a database found is kept for as long as it exists; a miss is remembered for {@link
 * JdbcRoutingSettings#MISS_TTL} and then asked again, so that a database created later is found; at most {@link
 * JdbcRoutingSettings#MAX_DATABASES} keys are remembered. Thread-safe; one lookup per key at a time.
 *
 * <p>The routing key is read when a connection is taken, so take connections inside the request (a transaction
 * per request, as usual) and do not keep one across requests.
 *
 * <pre>{@code
 * // where the service builds its DataSource
 * DataSource baseline = pool(jdbcUrl, user, password);
 * DataSource dataSource = RoutingDataSource.forPostgres(baseline, jdbcUrl, user, password, "orders-db");
 *
 * // requests made current by our HTTP/gRPC/Kafka helpers or the OpenTelemetry agent
 * try (Connection connection = dataSource.getConnection()) {    // sbx_<key>_orders_db, or the baseline's
 *     ...
 * }
 * }</pre>
 * Close it when the service stops: it closes the DataSources it made for sandbox databases, not the baseline's.
 */
public final class RoutingDataSource implements DataSource, AutoCloseable {

    private final DataSource baseline;
    private final DatabaseCache databases;

    private RoutingDataSource(DataSource baseline, DatabaseCache databases) {
        this.baseline = baseline;
        this.databases = databases;
    }

    /**
     * Routes between {@code baseline} and the PostgreSQL databases that the resource plugin {@code postgres-database}
     * makes for sandboxes on the same server ({@link PostgresSandboxDatabases#withDriverManager}), with the settings
     * of system properties and environment variables.
     *
     * @param baseline the service's own DataSource, a pool say; it also serves the lookups
     * @param jdbcUrl  the URL of the baseline's database, {@code jdbc:postgresql://host:5432/orders}
     * @param user     the user to connect to sandbox databases as, usually the baseline's; may be null
     * @param password that user's password; may be null
     * @param resource the resource's name in the sandbox spec, {@code orders-db}
     * @throws IllegalArgumentException if the URL is not a PostgreSQL JDBC URL or the resource name is not valid
     */
    public static RoutingDataSource forPostgres(DataSource baseline, String jdbcUrl, String user, String password,
                                                String resource) {
        return builder(baseline, PostgresSandboxDatabases.withDriverManager(baseline, jdbcUrl, user, password, resource))
                .build();
    }

    /** Routing between {@code baseline} and the databases {@code databases} finds. */
    public static Builder builder(DataSource baseline, SandboxDatabases databases) {
        return new Builder(baseline, databases);
    }

    /** A connection to the database of the current request's sandbox, or to the baseline's. */
    @Override
    public Connection getConnection() throws SQLException {
        return connect(DataSource::getConnection);
    }

    /** {@link #getConnection()} as {@code username}. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(dataSource -> dataSource.getConnection(username, password));
    }

    /** How a connection is taken from the DataSource chosen. */
    @FunctionalInterface
    private interface Connect {
        Connection from(DataSource dataSource) throws SQLException;
    }

    private Connection connect(Connect connect) throws SQLException {
        Optional<RoutingKey> key = RoutingContext.current();
        if (key.isEmpty()) {
            return connect.from(baseline);
        }
        Optional<SandboxDatabase> database = databases.find(key.get());
        if (database.isEmpty()) {
            return connect.from(baseline);
        }
        try {
            return connect.from(database.get().dataSource());
        } catch (SQLException e) {
            throw goneOr(key.get(), database.get(), e);
        }
    }

    private SQLException goneOr(RoutingKey key, SandboxDatabase database, SQLException failure) {
        if (!SandboxDatabaseGoneException.saysDatabaseIsMissing(failure)) {
            return failure;
        }
        databases.markGone(key, database);
        return new SandboxDatabaseGoneException(key, database.name(), failure);
    }

    /** Closes the DataSources made for sandbox databases that are {@link AutoCloseable}; the baseline is the caller's. */
    @Override
    public void close() {
        databases.close();
    }

    /** How many routing keys' lookups are remembered now. */
    int rememberedKeys() {
        return databases.size();
    }

    /** The baseline's. */
    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return baseline.getLogWriter();
    }

    /** Sets the baseline's; DataSources of sandbox databases keep their own. */
    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        baseline.setLogWriter(out);
    }

    /** Sets the baseline's; DataSources of sandbox databases keep their own. */
    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        baseline.setLoginTimeout(seconds);
    }

    /** The baseline's. */
    @Override
    public int getLoginTimeout() throws SQLException {
        return baseline.getLoginTimeout();
    }

    /** The baseline's. */
    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return baseline.getParentLogger();
    }

    /** This DataSource when it is an {@code type}, else what the baseline's unwraps to. */
    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : baseline.unwrap(type);
    }

    /** Whether this DataSource is an {@code type} or the baseline's is or wraps one. */
    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || type.isInstance(baseline) || baseline.isWrapperFor(type);
    }

    /**
     * Options of a {@link RoutingDataSource}; unset ones come from the settings ({@link JdbcRoutingSettings}), read
     * from system properties and environment variables unless {@link #settings} says otherwise.
     *
     * <pre>{@code
     * RoutingDataSource dataSource = RoutingDataSource.builder(baseline, databases)
     *         .missTtl(Duration.ofSeconds(2))
     *         .maxDatabases(20)
     *         .build();
     * }</pre>
     */
    public static final class Builder {

        private final DataSource baseline;
        private final SandboxDatabases databases;
        private SandboxSettings settings = SandboxSettings.fromSystem();
        private Duration missTtl;
        private Integer maxDatabases;
        private LongSupplier nanoTime = System::nanoTime;

        private Builder(DataSource baseline, SandboxDatabases databases) {
            this.baseline = Objects.requireNonNull(baseline, "baseline: the service's own DataSource");
            this.databases = Objects.requireNonNull(databases, "databases: which finds sandbox databases");
        }

        /** Where unset options are read from. */
        public Builder settings(SandboxSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** How long a key without a sandbox database goes to baseline before it is looked up again; zero: always. */
        public Builder missTtl(Duration missTtl) {
            Objects.requireNonNull(missTtl, "missTtl");
            if (missTtl.isNegative()) {
                throw new IllegalArgumentException("missTtl is " + missTtl + "; give zero or more, such as 5 seconds");
            }
            this.missTtl = missTtl;
            return this;
        }

        /** How many routing keys' lookups are remembered, at least 1. */
        public Builder maxDatabases(int maxDatabases) {
            if (maxDatabases < 1) {
                throw new IllegalArgumentException("maxDatabases is " + maxDatabases + "; give 1 or more, such as 100");
            }
            this.maxDatabases = maxDatabases;
            return this;
        }

        /** The clock misses are timed by, for tests. */
        Builder nanoTime(LongSupplier nanoTime) {
            this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
            return this;
        }

        /**
         * @throws dev.sandboxtests.settings.InvalidSettingException if a setting it reads is not valid
         */
        public RoutingDataSource build() {
            Duration ttl = missTtl != null ? missTtl : settings.get(JdbcRoutingSettings.MISS_TTL);
            int max = maxDatabases != null ? maxDatabases : settings.get(JdbcRoutingSettings.MAX_DATABASES);
            return new RoutingDataSource(baseline, new DatabaseCache(databases, ttl, max, nanoTime));
        }
    }
}
