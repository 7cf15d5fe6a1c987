package dev.sandboxtests.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.resources.SandboxResources;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

@TestServer
class TemplateCopyTest {

    @Test
    void theCopyCarriesTheTemplatesRowsAndWritesToItStayInIt(EmbeddedPostgresServer server) throws Exception {
        Databases.seedTemplate(server, "copy_seed");
        try (RunContext context = RunContext.on(server);
             SandboxResources resources = Databases.create(context, "copy1",
                     Databases.database("orders-db", Map.of("template", "copy_seed")))) {
            Map<String, String> outputs = resources.outputsOf("orders-db");
            assertThat(outputs).containsEntry("database", "sbx_copy1_orders_db")
                    .containsEntry("jdbc-url", server.jdbcUrl("sbx_copy1_orders_db"))
                    .containsEntry("username", "postgres").containsEntry("password", "");
            assertThat(resources.environment()).containsEntry("ORDERS_DB_JDBC_URL", outputs.get("jdbc-url"))
                    .containsKeys("ORDERS_DB_USERNAME", "ORDERS_DB_PASSWORD", "ORDERS_DB_DATABASE");

            // As a fork connects: with the outputs only.
            try (Connection fork = DriverManager.getConnection(outputs.get("jdbc-url"), outputs.get("username"),
                    outputs.get("password")); Statement statement = fork.createStatement()) {
                statement.execute("INSERT INTO orders VALUES (4, 'umbrella')");
            }
            assertThat(Databases.strings(server, "sbx_copy1_orders_db", "SELECT item FROM orders ORDER BY id"))
                    .containsExactly("tea", "scarf", "kettle", "umbrella");
            assertThat(Databases.strings(server, "copy_seed", "SELECT item FROM orders ORDER BY id"))
                    .containsExactly("tea", "scarf", "kettle");
        }
    }

    @Test
    void withoutATemplateTheDatabaseIsEmpty(EmbeddedPostgresServer server) throws Exception {
        try (RunContext context = RunContext.on(server);
             SandboxResources resources = Databases.create(context, "empty1", Databases.database("orders-db", Map.of()))) {
            assertThat(Databases.exists(server, "sbx_empty1_orders_db")).isTrue();
            assertThat(Databases.strings(server, "sbx_empty1_orders_db",
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).isEmpty();
        }
        assertThat(Databases.exists(server, "sbx_empty1_orders_db")).isFalse();
    }
}
