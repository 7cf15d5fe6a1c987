package dev.sandboxtests.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.jdbc.PostgresServer.WithPostgres;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.settings.SandboxSettings;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** sandbox.jdbc.miss-ttl and sandbox.jdbc.max-databases set what the builder leaves unset. */
@WithPostgres
class SettingsTest {

    private final AtomicInteger lookups = new AtomicInteger();
    private ShopDatabases databases;

    @BeforeEach
    void setUp(ShopDatabases databases) {
        this.databases = databases;
    }

    private RoutingDataSource routing(Map<String, String> settings) {
        return databases.routing(key -> {
            lookups.incrementAndGet();
            return Optional.empty();
        }, options -> options.settings(SandboxSettings.withParameters(settings)));
    }

    @Test
    void missTtlOfZeroLooksUpOnEveryConnection() throws SQLException {
        RoutingKey key = RoutingKey.random();
        try (RoutingDataSource routing = routing(Map.of("sandbox.jdbc.miss-ttl", "0s"))) {
            Requests.databaseOf(routing, key);
            Requests.databaseOf(routing, key);
        }
        assertThat(lookups).hasValue(2);
    }

    @Test
    void theDefaultMissTtlRemembersAMiss() throws SQLException {
        RoutingKey key = RoutingKey.random();
        try (RoutingDataSource routing = routing(Map.of())) {
            Requests.databaseOf(routing, key);
            Requests.databaseOf(routing, key);
        }
        assertThat(lookups).hasValue(1);
    }

    @Test
    void maxDatabasesBoundsTheKeysRemembered() throws SQLException {
        try (RoutingDataSource routing = routing(Map.of("sandbox.jdbc.max-databases", "3"))) {
            for (int i = 0; i < 5; i++) {
                Requests.databaseOf(routing, RoutingKey.random());
            }
            assertThat(routing.rememberedKeys()).isEqualTo(3);
        }
    }
}
