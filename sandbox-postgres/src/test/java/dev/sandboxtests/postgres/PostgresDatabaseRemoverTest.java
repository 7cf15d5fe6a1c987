package dev.sandboxtests.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.reaper.Leftover;
import dev.sandboxtests.reaper.LeftoverRemover;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

@TestServer
class PostgresDatabaseRemoverTest {

    private final PostgresDatabaseRemover remover = new PostgresDatabaseRemover();

    @Test
    void theWatchdogFindsTheRemoverOfItsKind() {
        assertThat(ServiceLoader.load(LeftoverRemover.class).stream().map(ServiceLoader.Provider::type))
                .contains(PostgresDatabaseRemover.class);
        assertThat(remover.kind()).isEqualTo("postgres-database");
    }

    @Test
    void itDropsALeftoverDatabaseEvenWithSessionsOnItAndAgainDoesNothing(EmbeddedPostgresServer server) throws Exception {
        Databases.seedTemplate(server, "sbx_killed_orders_db");
        Leftover leftover = PostgresDatabaseRemover.leftover(server.server(), "sbx_killed_orders_db", true);
        try (Connection stillOpen = server.server().connect("sbx_killed_orders_db")) {
            remover.remove(leftover);
        }
        assertThat(Databases.exists(server, "sbx_killed_orders_db")).isFalse();
        assertThatCode(() -> remover.remove(leftover)).doesNotThrowAnyException();
    }

    @Test
    void aGoneEmbeddedServerTookItsDatabasesWithIt() {
        PostgresServer gone = PostgresServer.of("jdbc:postgresql://127.0.0.1:1/postgres", "postgres", "");
        assertThatCode(() -> remover.remove(PostgresDatabaseRemover.leftover(gone, "sbx_x_db", true)))
                .doesNotThrowAnyException();
        // A server of the user's that does not answer now may answer later: the entry must stay.
        assertThatThrownBy(() -> remover.remove(PostgresDatabaseRemover.leftover(gone, "sbx_x_db", false)))
                .isInstanceOf(SQLException.class).hasMessageContaining("Cannot connect");
    }

    @Test
    void theEntryCarriesWhatFindsTheDatabaseAndAPasswordOnlyWhenTheWatchdogCouldNotFindIt() {
        PostgresServer trusting = PostgresServer.of("jdbc:postgresql://db.test:5432/postgres", "admin", "");
        assertThat(PostgresDatabaseRemover.leftover(trusting, "sbx_k_db", false).parameters())
                .containsOnlyKeys("server", "username", "database")
                .containsEntry("server", "jdbc:postgresql://db.test:5432/postgres")
                .containsEntry("database", "sbx_k_db");

        PostgresServer withPassword = PostgresServer.of("jdbc:postgresql://db.test:5432/postgres", "admin", "pw-from-param");
        boolean inEnvironment = "pw-from-param".equals(System.getenv("SANDBOX_POSTGRES_PASSWORD"));
        assertThat(PostgresDatabaseRemover.leftover(withPassword, "sbx_k_db", false).parameters().get("password"))
                .isEqualTo(inEnvironment ? null : "pw-from-param");
    }
}
