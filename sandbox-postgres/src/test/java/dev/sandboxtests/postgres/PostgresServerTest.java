package dev.sandboxtests.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.settings.SandboxSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The URLs forks get keep the admin URL's hosts and options; what is not a usable URL is refused early. */
class PostgresServerTest {

    @Test
    void aDatabasesUrlKeepsTheHostsAndOptionsOfTheAdminUrl() {
        PostgresServer server = PostgresServer.of("jdbc:postgresql://db1.test:5433,db2.test/postgres?sslmode=require"
                + "&targetServerType=primary", "admin", "pw");
        assertThat(server.jdbcUrl("sbx_k_orders_db")).isEqualTo("jdbc:postgresql://db1.test:5433,db2.test:5432"
                + "/sbx_k_orders_db?sslmode=require&targetServerType=primary");
        assertThat(server.adminDatabase()).isEqualTo("postgres");
        assertThat(server.describe()).isEqualTo("db1.test:5433,db2.test:5432");
        assertThat(server.toString()).doesNotContain("pw");
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedWithoutShowingItsOptions() {
        assertThatThrownBy(() -> PostgresServer.of("jdbc:mysql://db.test/app?password=s3cret", "admin", ""))
                .isInstanceOf(PostgresResourceException.class)
                .hasMessageContaining("is not a PostgreSQL JDBC URL")
                .hasMessageContaining("jdbc:postgresql://host:5432/postgres")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aBlankUserIsNamed() {
        assertThatThrownBy(() -> PostgresServer.of("jdbc:postgresql://db.test/postgres", " ", ""))
                .hasMessageContaining("No user for the PostgreSQL server db.test:5432")
                .hasMessageContaining("sandbox.postgres.username");
    }

    @Test
    void theSettingsNameAServerOnlyWhenTheUrlIsSet() {
        assertThat(PostgresServer.configured(SandboxSettings.withParameters(Map.of(
                "sandbox.postgres.username", "app")))).isEmpty();

        PostgresServer server = PostgresServer.configured(SandboxSettings.withParameters(Map.of(
                "sandbox.postgres.url", "jdbc:postgresql://db.test:5433/postgres",
                "sandbox.postgres.username", "app", "sandbox.postgres.password", "secret"))).orElseThrow();

        assertThat(server.username()).isEqualTo("app");
        assertThat(server.password()).isEqualTo("secret");
        assertThat(server.jdbcUrl("orders")).startsWith("jdbc:postgresql://db.test:5433/orders");
    }
}
