package dev.sandboxtests.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.resources.SandboxResources;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

@TestServer
class CloseTest {

    @Test
    void closingDropsTheDatabaseWhileForksAreStillConnected(EmbeddedPostgresServer server) throws Exception {
        Databases.seedTemplate(server, "close_seed");
        try (RunContext context = RunContext.on(server)) {
            SandboxResources resources = Databases.create(context, "close1",
                    Databases.database("orders-db", Map.of("template", "close_seed")));
            String url = resources.outputsOf("orders-db").get("jdbc-url");
            try (Connection first = DriverManager.getConnection(url, "postgres", "");
                 Connection second = DriverManager.getConnection(url, "postgres", "");
                 Statement open = first.createStatement()) {
                open.execute("BEGIN");
                open.execute("SELECT * FROM orders FOR UPDATE");   // a transaction holding locks, too

                resources.close();

                assertThat(Databases.exists(server, "sbx_close1_orders_db")).isFalse();
                assertThatThrownBy(() -> second.createStatement().execute("SELECT 1")).isInstanceOf(SQLException.class);
            }
            assertThatCode(resources::close).as("closing again").doesNotThrowAnyException();
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("does not exist");
        }
    }

    @Test
    void aDatabaseSomeoneDroppedAlreadyClosesQuietly(EmbeddedPostgresServer server) throws Exception {
        try (RunContext context = RunContext.on(server)) {
            SandboxResources resources = Databases.create(context, "close2", Databases.database("orders-db", Map.of()));
            Databases.execute(server, "postgres", "DROP DATABASE sbx_close2_orders_db");
            assertThatCode(resources::close).doesNotThrowAnyException();
        }
    }
}
