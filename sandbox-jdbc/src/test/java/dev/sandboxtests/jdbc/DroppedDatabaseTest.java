package dev.sandboxtests.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.jdbc.PostgresServer.WithPostgres;
import dev.sandboxtests.routing.RoutingKey;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sandbox database that disappears (its sandbox closed): the key's requests get a clear error, never the
 * baseline's database, and untagged requests go on as before.
 */
@WithPostgres
class DroppedDatabaseTest {

    private static final Duration MISS_TTL = Duration.ofSeconds(5);

    private final AtomicLong nanoTime = new AtomicLong();
    private final RoutingKey key = RoutingKey.random();
    private ShopDatabases databases;
    private RoutingDataSource routing;
    private String sandboxDatabase;

    @BeforeEach
    void setUp(ShopDatabases databases) throws SQLException {
        this.databases = databases;
        sandboxDatabase = databases.createSandboxDatabase(key);
        routing = databases.routing(options -> options.missTtl(MISS_TTL).nanoTime(nanoTime::get));
        assertThat(Requests.databaseOf(routing, key)).isEqualTo(sandboxDatabase);
    }

    @Test
    void aRequestOfTheClosedSandboxGetsAnErrorNamingItsKeyAndNoBaselineConnection() throws SQLException {
        databases.drop(sandboxDatabase);

        assertThatThrownBy(() -> Requests.insertNote(routing, key, "must not reach baseline"))
                .isInstanceOf(SandboxDatabaseGoneException.class)
                .hasMessageContaining(sandboxDatabase).hasMessageContaining("'" + key + "'")
                .hasMessageContaining("no longer exists")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("3D000"));

        assertThat(Requests.notesSeenBy(databases.baselineDataSource(), null)).containsExactly("baseline");
        assertThat(Requests.databaseOf(routing, null)).isEqualTo(databases.baseline());
    }

    @Test
    void theKeyStaysRefusedAfterTheMissTimeWhileItsDatabaseIsGone() throws SQLException {
        databases.drop(sandboxDatabase);
        assertThatThrownBy(() -> Requests.databaseOf(routing, key)).isInstanceOf(SandboxDatabaseGoneException.class);

        assertThatThrownBy(() -> Requests.databaseOf(routing, key)).as("remembered")
                .isInstanceOf(SandboxDatabaseGoneException.class);
        nanoTime.addAndGet(MISS_TTL.toNanos());
        assertThatThrownBy(() -> Requests.databaseOf(routing, key)).as("looked up again, still gone")
                .isInstanceOf(SandboxDatabaseGoneException.class).hasMessageContaining(sandboxDatabase);
    }

    @Test
    void aDatabaseMadeAgainForTheKeyIsUsedAgainAfterTheMissTime() throws SQLException {
        databases.drop(sandboxDatabase);
        assertThatThrownBy(() -> Requests.databaseOf(routing, key)).isInstanceOf(SandboxDatabaseGoneException.class);

        databases.createSandboxDatabase(key);
        nanoTime.addAndGet(MISS_TTL.toNanos());

        assertThat(Requests.databaseOf(routing, key)).isEqualTo(sandboxDatabase);
    }
}
