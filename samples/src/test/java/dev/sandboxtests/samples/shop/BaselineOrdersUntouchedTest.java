package dev.sandboxtests.samples.shop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.Resource;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.Scenario;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.postgres.EmbeddedPostgresServer;
import dev.sandboxtests.postgres.PostgresServer;
import dev.sandboxtests.postgres.PostgresSettings;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Sandboxes with their own orders database leave the baseline's database as it was: its schema and every row
 * are the same (by checksum) after a suite of such sandboxes wrote orders, and their databases are gone
 * afterwards. The suite — a fork with a schema change, and a sandbox that forks pricing but keeps its orders in
 * its own database through the baseline orders service — runs in a JUnit run of its own, on a PostgreSQL server
 * this test starts and names with {@code sandbox.postgres.url}, so that it can look before and after.
 */
class BaselineOrdersUntouchedTest {

    private static EmbeddedPostgresServer postgres;

    @BeforeAll
    static void startAServerWithTheShopsData() throws SQLException {
        postgres = EmbeddedPostgresServer.start();
        ShopDatabase.prepare(postgres.server());
    }

    @AfterAll
    static void stopIt() throws Exception {
        postgres.close();
    }

    @Test
    void aSuiteOfSandboxesWithTheirOwnDatabasesLeavesTheBaselinesRowsAsTheyWere() throws SQLException {
        PostgresServer server = postgres.server();
        String before = checksum(server, ShopDatabase.BASELINE);

        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(Scenario.RUN_PARAMETER, "true")
                .configurationParameter(PostgresSettings.URL.key(), server.adminUrl())
                .configurationParameter(PostgresSettings.USERNAME.key(), server.username())
                .configurationParameter(PostgresSettings.PASSWORD.key(), server.password())
                .selectors(selectClass(GiftWrapScenario.class), selectClass(PricingForkWithOwnOrdersScenario.class))
                .execute();

        assertThat(checksum(server, ShopDatabase.BASELINE)).as("the baseline's schema and rows").isEqualTo(before);
        assertThat(sandboxDatabases(server)).as("the sandboxes' databases, after their classes").isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void theChecksumSeesAChangedRow() throws SQLException {
        PostgresServer server = postgres.server();
        try (Connection connection = server.connect(ShopDatabase.SEED); Statement statement = connection.createStatement()) {
            String before = checksum(server, ShopDatabase.SEED);
            statement.executeUpdate("UPDATE orders SET qty = qty + 1 WHERE id = 'o-seed-2'");
            String after = checksum(server, ShopDatabase.SEED);
            statement.executeUpdate("UPDATE orders SET qty = qty - 1 WHERE id = 'o-seed-2'");

            assertThat(after).isNotEqualTo(before);
        }
    }

    /** The MD5 of the public schema's columns and of every row of every table, in a fixed order. */
    static String checksum(PostgresServer server, String database) throws SQLException {
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
            StringBuilder all = new StringBuilder(text(statement, "SELECT string_agg(table_name || '.' || column_name"
                    + " || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, ''), ','"
                    + " ORDER BY table_name, ordinal_position) FROM information_schema.columns WHERE table_schema = 'public'"));
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                all.append('\n').append(table).append(": ").append(text(statement, "SELECT md5(coalesce(string_agg(t::text,"
                        + " '|' ORDER BY t::text), '')) FROM \"" + table.replace("\"", "\"\"") + "\" t"));
            }
            return text(statement, "SELECT md5('" + all.toString().replace("'", "''") + "')");
        }
    }

    private static String text(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return String.valueOf(row.getString(1));
        }
    }

    private static List<String> sandboxDatabases(PostgresServer server) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection admin = server.connectAdmin(); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'sbx\\_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** The gift-wrap fork writes orders into its own database only. */
    @Scenario
    @SandboxTest(forks = @Fork(value = "orders", image = "gift-wrap"),
            resources = @Resource(name = "orders-db", plugin = "postgres-database",
                    params = {"template=" + ShopDatabase.SEED, "migrations=" + ShopDatabase.FORK_MIGRATIONS}))
    @LocalSandbox(ShopEnvironment.WithoutConsumers.class)
    static class GiftWrapScenario {
        @Test
        void placesAGiftWrappedOrder(@SandboxService("orders") RequestSpecification orders) {
            String id = PlacedOrders.place(orders, PlacedOrders.newCustomer(), "A1", 1);
            given().spec(orders).get("/orders/" + id).then().statusCode(200);
        }
    }

    /**
     * The sandbox forks pricing only, so its orders go to the baseline orders service, whose routing DataSource
     * keeps them in the sandbox's own database.
     */
    @Scenario
    @SandboxTest(forks = @Fork(value = "pricing", image = "discount-rule"),
            resources = @Resource(name = "orders-db", plugin = "postgres-database", params = "template=" + ShopDatabase.SEED))
    @LocalSandbox(ShopEnvironment.WithoutConsumers.class)
    static class PricingForkWithOwnOrdersScenario {
        @Test
        void theBaselineServiceKeepsTheSandboxsOrderInTheSandboxsDatabase(
                @SandboxService("orders") RequestSpecification orders, @SandboxService("orders") URI plainOrders) {
            String id = PlacedOrders.place(orders, PlacedOrders.newCustomer(), "B7", 2);

            given().spec(orders).get("/orders/" + id).then().statusCode(200);
            given().baseUri(plainOrders.toString()).get("/orders/" + id).then().statusCode(404);
        }

        @Test
        void itSeesTheSeededOrders(@SandboxService("orders") RequestSpecification orders) {
            given().spec(orders).get("/orders/o-seed-3").then().statusCode(200);
        }
    }
}
