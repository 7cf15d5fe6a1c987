package dev.sandboxtests.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.settings.InvalidSettingException;
import dev.sandboxtests.settings.SandboxSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Wrong configuration fails when the DataSource is built, saying what is wrong and what to give. */
class BadInputTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/orders";
    private final DataSource baseline = new DriverManagerDataSource(URL, "svc", "secret");

    @Test
    void aResourceNameThatNoSpecCouldHave() {
        assertThatThrownBy(() -> RoutingDataSource.forPostgres(baseline, URL, "svc", "secret", "Orders DB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resource name 'Orders DB' is not valid")
                .hasMessageContaining("such as orders-db");
    }

    @Test
    void aUrlOfAnotherDatabase() {
        assertThatThrownBy(() -> RoutingDataSource.forPostgres(baseline, "jdbc:h2:mem:orders", "svc", "secret", "orders-db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'jdbc:h2:mem:orders' is not a PostgreSQL JDBC URL");
    }

    @Test
    void missingParts() {
        assertThatThrownBy(() -> RoutingDataSource.forPostgres(null, URL, "svc", "secret", "orders-db"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("baseline");
        assertThatThrownBy(() -> RoutingDataSource.builder(baseline, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("databases");
    }

    @Test
    void optionsOutOfRange() {
        RoutingDataSource.Builder builder = RoutingDataSource.builder(baseline, key -> Optional.empty());
        assertThatThrownBy(() -> builder.missTtl(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero or more");
        assertThatThrownBy(() -> builder.maxDatabases(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 or more");
    }

    @Test
    void settingsThatAreNotValidNameTheSettingAndWhatIsAccepted() {
        assertThatThrownBy(() -> RoutingDataSource.builder(baseline, key -> Optional.empty())
                .settings(SandboxSettings.withParameters(Map.of("sandbox.jdbc.max-databases", "many"))).build())
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("sandbox.jdbc.max-databases").hasMessageContaining("at least 1");
        assertThatThrownBy(() -> RoutingDataSource.builder(baseline, key -> Optional.empty())
                .settings(SandboxSettings.withParameters(Map.of("sandbox.jdbc.miss-ttl", "soon"))).build())
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("sandbox.jdbc.miss-ttl");
    }

    @Test
    void theDriverManagerDataSourceDoesNotShowItsPassword() {
        assertThat(new DriverManagerDataSource(URL + "?password=secret", "svc", "secret").toString())
                .doesNotContain("secret");
    }
}
