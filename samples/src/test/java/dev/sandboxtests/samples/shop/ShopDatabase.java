package dev.sandboxtests.samples.shop;

import dev.sandboxtests.local.LaunchContext;
import dev.sandboxtests.postgres.EmbeddedPostgresServer;
import dev.sandboxtests.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The shop's orders data on the run's PostgreSQL server: {@value #SEED}, migrated from {@code db/orders} and
 * seeded, from which every orders database is copied (PostgreSQL copies only a database nobody is connected
 * to, so the baseline's own database cannot be the template); and {@value #BASELINE}, the baseline's copy,
 * the shared data that sandboxes must leave alone.
 *
 * <p>The server is the one the {@code postgres-database} resource plugin uses: {@code sandbox.postgres.url}
 * (with {@code .username}, {@code .password}) where set, else the run's embedded server.
 */
public final class ShopDatabase {

    public static final String SEED = "orders_seed";
    public static final String BASELINE = "orders";
    /** The migrations of the baseline's schema, and the gift-wrap fork's on top of them. */
    public static final String BASELINE_MIGRATIONS = "classpath:db/orders";
    public static final String FORK_MIGRATIONS = "classpath:db/orders,classpath:db/orders-fork";

    private ShopDatabase() {
    }

    /** The run's server, as the resource plugin finds it. */
    public static PostgresServer server(LaunchContext context) {
        return PostgresServer.configured(context.settings()).orElseGet(() -> context.shared(
                EmbeddedPostgresServer.SHARED_KEY, EmbeddedPostgresServer.class,
                () -> EmbeddedPostgresServer.start(context.reaper())).server());
    }

    /** The variables orders reads to keep its orders in the baseline's database, made first if need be. */
    public static Map<String, String> baselineVariables(LaunchContext context) throws SQLException {
        PostgresServer server = server(context);
        prepare(server);
        return Map.of("ORDERS_DB_JDBC_URL", server.jdbcUrl(BASELINE), "ORDERS_DB_USERNAME", server.username(),
                "ORDERS_DB_PASSWORD", server.password());
    }

    /**
     * Makes {@value #SEED} and {@value #BASELINE} where they do not exist yet. Environments of one run start
     * their baselines at the same time, so one at a time.
     */
    public static synchronized void prepare(PostgresServer server) throws SQLException {
        if (!exists(server, SEED)) {
            create(server, "CREATE DATABASE " + SEED);
            Flyway.configure().dataSource(server.jdbcUrl(SEED), server.username(), server.password())
                    .locations(BASELINE_MIGRATIONS).load().migrate();
        }
        if (!exists(server, BASELINE)) {
            create(server, "CREATE DATABASE " + BASELINE + " TEMPLATE " + SEED);
        }
    }

    private static boolean exists(PostgresServer server, String database) throws SQLException {
        try (Connection admin = server.connectAdmin();
             PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void create(PostgresServer server, String sql) throws SQLException {
        try (Connection admin = server.connectAdmin(); Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
