package dev.sandboxtests.jdbc;

import dev.sandboxtests.resources.DatabaseNames;
import dev.sandboxtests.routing.RoutingKey;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The databases one test makes on the run's server, as a service and the {@code postgres-database} plugin would
 * have them: the baseline's ({@code orders_<random>}) and sandboxes' ({@code sbx_<key>_orders_db}), each with a table
 * {@code orders(note)} holding one row that says whose database it is; and routing DataSources over them. Closing
 * closes those and drops every database still there.
 */
final class ShopDatabases implements AutoCloseable {

    static final String RESOURCE = "orders-db";

    private final PostgresServer server;
    private final String baseline;
    private final DataSource baselineDataSource;
    private final List<String> made = new ArrayList<>();
    private final List<RoutingDataSource> routings = new ArrayList<>();

    ShopDatabases(PostgresServer server) throws SQLException {
        this.server = server;
        this.baseline = "orders_" + RoutingKey.random().value().substring(0, 8).toLowerCase(Locale.ROOT);
        create(baseline, "baseline");
        this.baselineDataSource = server.dataSource(baseline);
    }

    /** The baseline database's name. */
    String baseline() {
        return baseline;
    }

    /** The baseline service's own DataSource (the server driver's, a new connection each time). */
    DataSource baselineDataSource() {
        return baselineDataSource;
    }

    String baselineUrl() {
        return server.jdbcUrl(baseline);
    }

    /** The plugin's databases of this baseline, reached with a new driver connection each time. */
    PostgresSandboxDatabases sandboxDatabases() {
        return PostgresSandboxDatabases.withDriverManager(baselineDataSource(), baselineUrl(), PostgresServer.USER, null,
                RESOURCE);
    }

    /** A routing DataSource over the baseline and {@code sandboxes}, with {@code options}; closed with this. */
    RoutingDataSource routing(SandboxDatabases sandboxes, UnaryOperator<RoutingDataSource.Builder> options) {
        RoutingDataSource routing = options.apply(RoutingDataSource.builder(baselineDataSource(), sandboxes)).build();
        routings.add(routing);
        return routing;
    }

    /** A routing DataSource over the baseline and {@link #sandboxDatabases()}, with {@code options}; closed with this. */
    RoutingDataSource routing(UnaryOperator<RoutingDataSource.Builder> options) {
        return routing(sandboxDatabases(), options);
    }

    /** Makes the database the plugin would make for {@code key}'s sandbox; its row says {@code sandbox <key>}. */
    String createSandboxDatabase(RoutingKey key) throws SQLException {
        String name = DatabaseNames.of(key.value(), RESOURCE);
        create(name, "sandbox " + key.value());
        return name;
    }

    /** Drops {@code database} as the plugin does when its sandbox closes: its connections terminated first. */
    void drop(String database) throws SQLException {
        server.execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        made.remove(database);
    }

    private void create(String name, String note) throws SQLException {
        server.execute("postgres", "CREATE DATABASE " + name);
        made.add(name);
        server.execute(name, "CREATE TABLE orders (note text NOT NULL)", "INSERT INTO orders VALUES ('" + note + "')");
    }

    @Override
    public void close() throws SQLException {
        routings.forEach(RoutingDataSource::close);
        for (String database : List.copyOf(made)) {
            drop(database);
        }
    }
}
