package dev.sandboxtests.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.jdbc.PostgresServer.WithPostgres;
import dev.sandboxtests.routing.RoutingKey;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When whether a key has a sandbox database cannot be told, its request gets no connection (not the baseline's, which
 * might be the wrong one), and nothing is remembered: the next request asks again.
 */
@WithPostgres
class LookupFailureTest {

    private final RoutingKey key = RoutingKey.random();
    private final AtomicBoolean serverDown = new AtomicBoolean(true);
    private ShopDatabases databases;
    private RoutingDataSource routing;
    private String sandboxDatabase;

    @BeforeEach
    void setUp(ShopDatabases databases) throws SQLException {
        this.databases = databases;
        sandboxDatabase = databases.createSandboxDatabase(key);
        PostgresSandboxDatabases postgres = databases.sandboxDatabases();
        SandboxDatabases flaky = key -> {
            if (serverDown.get()) {
                throw new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
            }
            return postgres.find(key);
        };
        routing = databases.routing(flaky, options -> options);
    }

    @Test
    void aFailedLookupFailsTheConnectionAndIsNotRemembered() throws SQLException {
        assertThatThrownBy(() -> Requests.databaseOf(routing, key))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Could not tell whether routing key '" + key + "' has a sandbox database")
                .hasMessageContaining("refused");
        assertThat(routing.rememberedKeys()).isZero();
        assertThat(Requests.databaseOf(routing, null)).as("untagged requests never look up")
                .isEqualTo(databases.baseline());

        serverDown.set(false);

        assertThat(Requests.databaseOf(routing, key)).isEqualTo(sandboxDatabase);
    }
}
