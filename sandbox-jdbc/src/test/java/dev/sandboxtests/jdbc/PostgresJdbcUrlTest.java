package dev.sandboxtests.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The baseline's URL with the sandbox database's name in it, in each form the PostgreSQL driver accepts. */
class PostgresJdbcUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db:5432/orders                         | jdbc:postgresql://db:5432/sbx_k_orders_db",
            "jdbc:postgresql://db/orders?ssl=true&user=svc            | jdbc:postgresql://db/sbx_k_orders_db?ssl=true&user=svc",
            "jdbc:postgresql://a:5432,b:5433/orders?targetServerType=primary | jdbc:postgresql://a:5432,b:5433/sbx_k_orders_db?targetServerType=primary",
            "jdbc:postgresql://db:5432?ssl=true                       | jdbc:postgresql://db:5432/sbx_k_orders_db?ssl=true",
            "jdbc:postgresql://db:5432/                               | jdbc:postgresql://db:5432/sbx_k_orders_db",
            "jdbc:postgresql:orders                                   | jdbc:postgresql:sbx_k_orders_db",
            "jdbc:postgresql://[::1]:5432/orders                      | jdbc:postgresql://[::1]:5432/sbx_k_orders_db",
    })
    void replacesOnlyTheDatabase(String baseline, String sandbox) {
        assertThat(PostgresJdbcUrl.withDatabase(baseline, "sbx_k_orders_db")).isEqualTo(sandbox);
    }

    @Test
    void refusesAUrlOfAnotherDatabaseWithoutShowingItsParameters() {
        assertThatThrownBy(() -> PostgresJdbcUrl.withDatabase("jdbc:mysql://db/orders?password=secret", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db/orders?…")
                .hasMessageContaining("is not a PostgreSQL JDBC URL")
                .hasMessageNotContaining("secret");
    }

    @Test
    void refusesAUrlWithoutAHost() {
        assertThatThrownBy(() -> PostgresJdbcUrl.withDatabase("jdbc:postgresql:///orders", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no host");
    }
}
