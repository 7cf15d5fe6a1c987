package dev.sandboxtests.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.provider.SandboxException;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What goes wrong gets a message that says what to fix, and leaves no database behind. */
@TestServer
class FailureMessagesTest {

    @Test
    void aMissingTemplateIsNamedWithTheDatabasesThereAre(EmbeddedPostgresServer server) throws Exception {
        Databases.seedTemplate(server, "present_seed");
        assertThatThrownBy(() -> create(server, "fail1", Map.of("template", "absent_seed")))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("Could not create resource 'orders-db'")
                .hasMessageContaining("There is no database 'absent_seed' on PostgreSQL server localhost:" + server.port())
                .hasMessageContaining("present_seed");
        assertThat(Databases.named(server, "sbx_fail1")).isEmpty();
    }

    @Test
    void aTemplateOthersAreConnectedToIsExplained(EmbeddedPostgresServer server) throws Exception {
        Databases.seedTemplate(server, "busy_seed");
        try (Connection service = server.server().connect("busy_seed")) {
            assertThatThrownBy(() -> create(server, "fail2", Map.of("template", "busy_seed")))
                    .hasMessageContaining("PostgreSQL refuses to copy database 'busy_seed'")
                    .hasMessageContaining("while others are connected to it (1 session now)")
                    .hasMessageContaining("keep a seed database that nothing connects to, copy the baseline's database from it too");
        }
        assertThat(Databases.named(server, "sbx_fail2")).isEmpty();
    }

    @Test
    void aFailedMigrationIsNamedAndTheDatabaseDropped(EmbeddedPostgresServer server) throws Exception {
        Databases.seedTemplate(server, "broken_seed");
        assertThatThrownBy(() -> create(server, "fail3", Map.of("template", "broken_seed", "migrations", "classpath:db/broken")))
                .hasMessageContaining("Migrating database 'sbx_fail3_orders_db' with [classpath:db/broken] failed")
                .hasMessageContaining("V2__gift_wrap_typo.sql")
                .hasMessageContaining("type \"boolen\" does not exist");
        assertThat(Databases.named(server, "sbx_fail3")).isEmpty();
    }

    @Test
    void aMigrationLocationThatDoesNotExistFails(EmbeddedPostgresServer server) throws Exception {
        assertThatThrownBy(() -> create(server, "fail4", Map.of("migrations", "classpath:db/nowhere")))
                .hasMessageContaining("db/nowhere");
        assertThat(Databases.named(server, "sbx_fail4")).isEmpty();
    }

    @Test
    void aTemplateNameThatIsNotAPlainNameNeverReachesSql(EmbeddedPostgresServer server) throws Exception {
        assertThatThrownBy(() -> create(server, "fail5", Map.of("template", "x\"; DROP DATABASE present_seed; --")))
                .hasMessageContaining("is not a database name this plugin accepts");
        assertThat(Databases.named(server, "sbx_fail5")).isEmpty();
    }

    @Test
    void aMisspelledParamIsNamed(EmbeddedPostgresServer server) {
        assertThatThrownBy(() -> create(server, "fail6", Map.of("tempalte", "orders_seed")))
                .hasMessageContaining("params [tempalte] that the plugin does not know")
                .hasMessageContaining("[migrations, password, server, template, username]");
    }

    @Test
    void anUnreachableServerIsNamedWithoutThePassword() {
        try (RunContext context = RunContext.with(Map.of())) {
            assertThatThrownBy(() -> Databases.create(context, "fail7", Databases.database("orders-db", Map.of(
                    "server", "jdbc:postgresql://127.0.0.1:1/postgres", "username", "app", "password", "s3cret-pw"))))
                    .hasMessageContaining("Cannot connect to PostgreSQL server 127.0.0.1:1 as app")
                    .hasMessageContaining("sandbox.postgres.url")
                    .satisfies(e -> assertThat(fullText(e)).doesNotContain("s3cret-pw"));
        }
    }

    @Test
    void aServerUrlCarryingCredentialsIsRefused() {
        try (RunContext context = RunContext.with(Map.of(PostgresSettings.URL.key(),
                "jdbc:postgresql://127.0.0.1:1/postgres?user=app&password=s3cret-pw"))) {
            assertThatThrownBy(() -> Databases.create(context, "fail8", Databases.database("orders-db", Map.of())))
                    .hasMessageContaining("carries a user or password")
                    .satisfies(e -> assertThat(fullText(e)).doesNotContain("s3cret-pw"));
        }
    }

    private static void create(EmbeddedPostgresServer server, String routingKey, Map<String, String> params) {
        try (RunContext context = RunContext.on(server)) {
            Databases.create(context, routingKey, Databases.database("orders-db", params)).close();
        }
    }

    private static String fullText(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append('\n');
        }
        return text.toString();
    }
}
