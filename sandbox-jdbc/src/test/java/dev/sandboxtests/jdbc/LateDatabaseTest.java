package dev.sandboxtests.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.jdbc.PostgresServer.WithPostgres;
import dev.sandboxtests.routing.RoutingKey;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A miss is remembered for the miss time only, so that a sandbox database made after it is found. */
@WithPostgres
class LateDatabaseTest {

    private static final Duration MISS_TTL = Duration.ofSeconds(5);

    private final AtomicLong nanoTime = new AtomicLong();
    private final RoutingKey key = RoutingKey.random();
    private ShopDatabases databases;
    private RoutingDataSource routing;

    @BeforeEach
    void setUp(ShopDatabases databases) {
        this.databases = databases;
        routing = databases.routing(options -> options.missTtl(MISS_TTL).nanoTime(nanoTime::get));
    }

    @Test
    void aDatabaseMadeAfterAMissIsFoundOnceTheMissTimeIsOver() throws SQLException {
        assertThat(Requests.databaseOf(routing, key)).isEqualTo(databases.baseline());
        String sandboxDatabase = databases.createSandboxDatabase(key);

        nanoTime.addAndGet(MISS_TTL.toNanos() - 1);
        assertThat(Requests.databaseOf(routing, key)).as("within the miss time, the miss is remembered")
                .isEqualTo(databases.baseline());

        nanoTime.addAndGet(1);
        assertThat(Requests.databaseOf(routing, key)).isEqualTo(sandboxDatabase);
    }

    @Test
    void aFoundDatabaseIsKeptBeyondTheMissTime() throws SQLException {
        String sandboxDatabase = databases.createSandboxDatabase(key);
        assertThat(Requests.databaseOf(routing, key)).isEqualTo(sandboxDatabase);

        nanoTime.addAndGet(MISS_TTL.toNanos() * 100);

        assertThat(Requests.databaseOf(routing, key)).isEqualTo(sandboxDatabase);
    }

    @Test
    void withAMissTimeOfZeroEveryConnectionLooksUpAgain() throws SQLException {
        RoutingDataSource always = databases.routing(options -> options.missTtl(Duration.ZERO));
        assertThat(Requests.databaseOf(always, key)).isEqualTo(databases.baseline());
        String sandboxDatabase = databases.createSandboxDatabase(key);
        assertThat(Requests.databaseOf(always, key)).isEqualTo(sandboxDatabase);
    }
}
