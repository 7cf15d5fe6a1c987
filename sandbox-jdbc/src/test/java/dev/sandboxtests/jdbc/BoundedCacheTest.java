package dev.sandboxtests.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.jdbc.PostgresServer.WithPostgres;
import dev.sandboxtests.routing.RoutingKey;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** At most max-databases keys are remembered; a forgotten database's pool is closed, and found again when asked. */
@WithPostgres
class BoundedCacheTest {

    private ShopDatabases databases;
    private final List<ClosablePool> pools = new ArrayList<>();
    private RoutingDataSource routing;

    @BeforeEach
    void setUp(ShopDatabases databases) {
        this.databases = databases;
        routing = databases.routing(PostgresSandboxDatabases.of(
                        databases.baselineDataSource(), databases.baselineUrl(), ShopDatabases.RESOURCE,
                        (database, url) -> {
                            ClosablePool pool = new ClosablePool(database, new DriverManagerDataSource(url, PostgresServer.USER, null));
                            synchronized (pools) {
                                pools.add(pool);
                            }
                            return pool;
                        }), options -> options.maxDatabases(2));
    }

    @Test
    void theLeastRecentlyUsedKeyIsForgottenAndItsPoolClosed() throws SQLException {
        RoutingKey first = RoutingKey.random();
        RoutingKey second = RoutingKey.random();
        RoutingKey third = RoutingKey.random();
        String firstDatabase = databases.createSandboxDatabase(first);
        databases.createSandboxDatabase(second);
        String thirdDatabase = databases.createSandboxDatabase(third);

        Requests.databaseOf(routing, first);
        Requests.databaseOf(routing, second);
        Requests.databaseOf(routing, first); // second is now the least recently used
        Requests.databaseOf(routing, third);

        assertThat(routing.rememberedKeys()).isEqualTo(2);
        assertThat(pools).extracting(ClosablePool::database, ClosablePool::closed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(firstDatabase, false),
                org.assertj.core.groups.Tuple.tuple(DatabaseNamesOf.of(second), true),
                org.assertj.core.groups.Tuple.tuple(thirdDatabase, false));

        assertThat(Requests.databaseOf(routing, second)).as("found again").isEqualTo(DatabaseNamesOf.of(second));
        assertThat(pools).hasSize(4);
        assertThat(routing.rememberedKeys()).isEqualTo(2);
    }

    @Test
    void missesCountTowardsTheBoundToo() throws SQLException {
        for (int i = 0; i < 10; i++) {
            assertThat(Requests.databaseOf(routing, RoutingKey.random())).isEqualTo(databases.baseline());
        }
        assertThat(routing.rememberedKeys()).isEqualTo(2);
    }

    @Test
    void closingTheRoutingDataSourceClosesEveryPoolItMade() throws SQLException {
        RoutingKey key = RoutingKey.random();
        databases.createSandboxDatabase(key);
        Requests.databaseOf(routing, key);

        routing.close();

        assertThat(pools).singleElement().extracting(ClosablePool::closed).isEqualTo(true);
        assertThat(routing.rememberedKeys()).isZero();
    }

    /** The names ShopDatabases gives, for keys made in a test. */
    private static final class DatabaseNamesOf {
        static String of(RoutingKey key) {
            return dev.sandboxtests.resources.DatabaseNames.of(key.value(), ShopDatabases.RESOURCE);
        }
    }

    /** A user's pool, as far as the routing DataSource sees one: a DataSource that can be closed. */
    private static final class ClosablePool implements DataSource, AutoCloseable {

        private final String database;
        private final DataSource connections;
        private volatile boolean closed;

        ClosablePool(String database, DataSource connections) {
            this.database = database;
            this.connections = connections;
        }

        String database() {
            return database;
        }

        boolean closed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (closed) {
                throw new SQLException("pool of " + database + " is closed");
            }
            return connections.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return type.cast(this);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }
    }
}
