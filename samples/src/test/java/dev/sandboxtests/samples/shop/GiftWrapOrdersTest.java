package dev.sandboxtests.samples.shop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.Resource;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.provider.Sandbox;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fork with a schema change: {@code gift-wrap} orders keep whether to gift-wrap, in a column its Flyway
 * migration adds. It runs against the sandbox's own database, copied from the seed and migrated with the fork's
 * migrations; the baseline's database never sees the column or the sandbox's orders, and an order placed without
 * the key is the baseline's alone. ({@link BaselineOrdersUntouchedTest} checks the baseline's rows before and
 * after such sandboxes, and that their databases are gone.)
 */
@SandboxTest(forks = @Fork(value = "orders", image = "gift-wrap"),
        resources = @Resource(name = "orders-db", plugin = "postgres-database",
                params = {"template=" + ShopDatabase.SEED, "migrations=" + ShopDatabase.FORK_MIGRATIONS}))
@LocalSandbox(ShopEnvironment.class)
class GiftWrapOrdersTest {

    @Test
    void theForkKeepsTheGiftWrapInTheSandboxsOwnDatabase(@SandboxService("orders") RequestSpecification orders,
            @SandboxService("orders") URI plainOrders) {
        String customer = PlacedOrders.newCustomer();
        String id = given().spec(orders).contentType("application/json")
                .body("{\"customer\":\"" + customer + "\",\"sku\":\"A1\",\"qty\":2,\"giftWrap\":true}")
                .post("/orders")
                .then().statusCode(201).extract().path("order");

        assertThat(given().spec(orders).get("/orders/" + id).then().statusCode(200).extract().<Boolean>path("giftWrap"))
                .as("the gift wrap, read back from the sandbox's database").isTrue();
        given().baseUri(plainOrders.toString()).get("/orders/" + id).then().statusCode(404);
    }

    @Test
    void theMigrationAddedTheColumnInTheSandboxsDatabaseOnly(Sandbox sandbox) throws Exception {
        Map<String, String> database = sandbox.resourceOutputs("orders-db");

        assertThat(database.get("database")).isEqualTo("sbx_" + sandbox.routingKey().value() + "_orders_db");
        assertThat(columnsOfOrders(database.get("jdbc-url"), database)).contains("gift_wrap");
        String baseline = database.get("jdbc-url").replace(database.get("database"), ShopDatabase.BASELINE);
        assertThat(columnsOfOrders(baseline, database)).containsExactly("id", "customer", "sku", "qty");
    }

    private static List<String> columnsOfOrders(String jdbcUrl, Map<String, String> credentials) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, credentials.get("username"),
                credentials.get("password"));
             ResultSet rows = connection.createStatement().executeQuery("SELECT column_name FROM"
                     + " information_schema.columns WHERE table_name = 'orders' ORDER BY ordinal_position")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    @Test
    void theSandboxsDatabaseStartsAsACopyOfTheSeed(@SandboxService("orders") RequestSpecification orders) {
        given().spec(orders).get("/orders/o-seed-1").then().statusCode(200)
                .body("sku", org.hamcrest.Matchers.equalTo("A1"))
                .body("giftWrap", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void anOrderWithoutTheKeyIsTheBaselinesAlone(@SandboxService("orders") RequestSpecification orders,
            @SandboxService("orders") URI plainOrders) throws Exception {
        String id = PlacedOrders.placeWithoutKey(plainOrders, PlacedOrders.newCustomer(), "B7", 1);

        given().baseUri(plainOrders.toString()).get("/orders/" + id).then().statusCode(200);
        given().spec(orders).get("/orders/" + id).then().statusCode(404);
    }
}
