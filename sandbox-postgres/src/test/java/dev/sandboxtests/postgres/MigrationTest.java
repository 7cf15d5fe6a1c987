package dev.sandboxtests.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.resources.SandboxResources;
import java.util.Map;
import org.junit.jupiter.api.Test;

@TestServer
class MigrationTest {

    @Test
    void theForksMigrationChangesTheCopyAndNotTheTemplate(EmbeddedPostgresServer server) throws Exception {
        Databases.seedTemplate(server, "migrate_seed");
        try (RunContext context = RunContext.on(server);
             SandboxResources resources = Databases.create(context, "mig1", Databases.database("orders-db",
                     Map.of("template", "migrate_seed", "migrations", "classpath:db/gift-wrap")))) {
            assertThat(Databases.columns(server, "sbx_mig1_orders_db", "orders")).containsExactly("id", "item", "gift_wrap");
            assertThat(Databases.strings(server, "sbx_mig1_orders_db", "SELECT count(*) FROM orders WHERE NOT gift_wrap"))
                    .containsExactly("3");
            assertThat(Databases.columns(server, "migrate_seed", "orders")).containsExactly("id", "item");
            assertThat(Databases.columns(server, "migrate_seed", "flyway_schema_history")).isEmpty();
        }
    }

    @Test
    void anEmptyDatabaseGetsItsWholeSchemaFromTheMigrations(EmbeddedPostgresServer server) throws Exception {
        try (RunContext context = RunContext.on(server);
             SandboxResources resources = Databases.create(context, "mig2", Databases.database("orders-db",
                     Map.of("migrations", " classpath:db/orders-schema , classpath:db/gift-wrap ")))) {
            assertThat(Databases.columns(server, "sbx_mig2_orders_db", "orders")).containsExactly("id", "item", "gift_wrap");
        }
    }
}
