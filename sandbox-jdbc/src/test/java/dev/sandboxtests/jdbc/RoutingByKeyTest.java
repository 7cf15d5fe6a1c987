package dev.sandboxtests.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.jdbc.PostgresServer.WithPostgres;
import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingKey;
import io.opentelemetry.context.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where a request's connection goes: by its routing key, to its sandbox's database or the baseline's. */
@WithPostgres
class RoutingByKeyTest {

    private final RoutingKey sandboxKey = RoutingKey.random();
    private ShopDatabases databases;
    private RoutingDataSource routing;
    private String sandboxDatabase;

    @BeforeEach
    void setUp(ShopDatabases databases) throws SQLException {
        this.databases = databases;
        sandboxDatabase = databases.createSandboxDatabase(sandboxKey);
        routing = RoutingDataSource.forPostgres(databases.baselineDataSource(), databases.baselineUrl(),
                PostgresServer.USER, null, ShopDatabases.RESOURCE);
    }

    @AfterEach
    void tearDown() {
        routing.close(); // forPostgres's, which ShopDatabases did not make
    }

    @Test
    void anUntaggedRequestWorksInTheBaselineDatabaseThoughASandboxDatabaseExists() throws SQLException {
        assertThat(Requests.databaseOf(routing, null)).isEqualTo(databases.baseline());
        assertThat(Requests.notesSeenBy(routing, null)).containsExactly("baseline");
    }

    @Test
    void aRequestWithTheKeyOfASandboxWithADatabaseWorksInThatDatabase() throws SQLException {
        assertThat(Requests.databaseOf(routing, sandboxKey)).isEqualTo(sandboxDatabase);

        Requests.insertNote(routing, sandboxKey, "written by the sandbox's test");

        assertThat(Requests.notesSeenBy(routing, sandboxKey))
                .containsExactly("sandbox " + sandboxKey.value(), "written by the sandbox's test");
        assertThat(Requests.notesSeenBy(databases.baselineDataSource(), null)).containsExactly("baseline");
    }

    @Test
    void aRequestWithAKeyWithoutASandboxDatabaseWorksInTheBaselineDatabase() throws SQLException {
        RoutingKey unknown = RoutingKey.random();

        assertThat(Requests.databaseOf(routing, unknown)).isEqualTo(databases.baseline());
        assertThat(Requests.notesSeenBy(routing, unknown)).containsExactly("baseline");
    }

    @Test
    void untaggedAndTaggedRequestsInTurnEachKeepTheirOwnDatabase() throws SQLException {
        for (int i = 0; i < 3; i++) {
            assertThat(Requests.databaseOf(routing, sandboxKey)).isEqualTo(sandboxDatabase);
            assertThat(Requests.databaseOf(routing, null)).isEqualTo(databases.baseline());
        }
    }

    @Test
    void theKeyIsReadFromTheOpenTelemetryBaggageToo() throws SQLException {
        io.opentelemetry.api.baggage.Baggage baggage = io.opentelemetry.api.baggage.Baggage.builder()
                .put("sd-routing-key", sandboxKey.value()).build();
        try (Scope scope = baggage.makeCurrent()) {
            assertThat(RoutingContext.current()).contains(sandboxKey);
            assertThat(Requests.databaseOf(routing, null)).isEqualTo(sandboxDatabase);
        }
    }

    @Test
    void connectionsAsAnotherUserAreRoutedTheSameWay() throws SQLException {
        try (Scope scope = RoutingContext.attach(sandboxKey);
             Connection connection = routing.getConnection(PostgresServer.USER, null)) {
            assertThat(connection.getCatalog()).isEqualTo(sandboxDatabase);
        }
        try (Connection connection = routing.getConnection(PostgresServer.USER, null)) {
            assertThat(connection.getCatalog()).isEqualTo(databases.baseline());
        }
    }

    @Test
    void unwrapsToItselfOrToWhatTheBaselineIs() throws SQLException {
        DataSource baseline = databases.baselineDataSource();
        RoutingDataSource wrapping = databases.routing(key -> java.util.Optional.empty(), options -> options);

        assertThat(wrapping.unwrap(RoutingDataSource.class)).isSameAs(wrapping);
        assertThat(wrapping.isWrapperFor(RoutingDataSource.class)).isTrue();
        assertThat(wrapping.isWrapperFor(baseline.getClass())).isTrue();
        assertThat(wrapping.unwrap(baseline.getClass())).isSameAs(baseline);
        assertThat(wrapping.isWrapperFor(Thread.class)).isFalse();
    }
}
