package dev.sandboxtests.samples.shop.orders;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sandboxtests.jdbc.RoutingDataSource;
import dev.sandboxtests.samples.shop.JsonHttp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The orders the service placed, in the table {@code orders} of its PostgreSQL database. Connections come
 * from a {@link RoutingDataSource}: a request of a sandbox that has its own {@code orders-db} does its work
 * there, every other request in the database the service was started with. With {@code ORDERS_GIFT_WRAP=true}
 * (the {@code gift-wrap} fork, whose database has the column {@code gift_wrap}) it keeps that flag too.
 */
final class OrderBook implements AutoCloseable {

    /** The variables the service reads; a sandbox's {@code orders-db} resource hands its fork the same ones. */
    static final String URL = "ORDERS_DB_JDBC_URL";
    static final String USERNAME = "ORDERS_DB_USERNAME";
    static final String PASSWORD = "ORDERS_DB_PASSWORD";
    static final String GIFT_WRAP = "ORDERS_GIFT_WRAP";

    private final RoutingDataSource dataSource;
    private final boolean giftWrap;

    private OrderBook(RoutingDataSource dataSource, boolean giftWrap) {
        this.dataSource = dataSource;
        this.giftWrap = giftWrap;
    }

    /** The book of the database {@code ORDERS_DB_JDBC_URL} names, if it names one (orders keep no book otherwise). */
    static Optional<OrderBook> fromEnvironment(Map<String, String> environment) {
        String url = environment.get(URL);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String username = environment.getOrDefault(USERNAME, "");
        String password = environment.getOrDefault(PASSWORD, "");
        PGSimpleDataSource baseline = new PGSimpleDataSource();
        baseline.setURL(url);
        baseline.setUser(username);
        baseline.setPassword(password);
        return Optional.of(new OrderBook(RoutingDataSource.forPostgres(baseline, url, username, password, "orders-db"),
                Boolean.parseBoolean(environment.get(GIFT_WRAP))));
    }

    boolean giftWrap() {
        return giftWrap;
    }

    void save(ObjectNode order) throws SQLException {
        String sql = giftWrap ? "INSERT INTO orders (id, customer, sku, qty, gift_wrap) VALUES (?, ?, ?, ?, ?)"
                : "INSERT INTO orders (id, customer, sku, qty) VALUES (?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, order.path("order").asText());
            insert.setString(2, order.path("customer").asText());
            insert.setString(3, order.path("sku").asText());
            insert.setInt(4, order.path("qty").asInt());
            if (giftWrap) {
                insert.setBoolean(5, order.path("giftWrap").asBoolean(false));
            }
            insert.executeUpdate();
        }
    }

    Optional<ObjectNode> find(String id) throws SQLException {
        String sql = "SELECT id, customer, sku, qty" + (giftWrap ? ", gift_wrap" : "") + " FROM orders WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                ObjectNode order = JsonHttp.JSON.createObjectNode();
                order.put("order", row.getString("id"));
                order.put("customer", row.getString("customer"));
                order.put("sku", row.getString("sku"));
                order.put("qty", row.getInt("qty"));
                if (giftWrap) {
                    order.put("giftWrap", row.getBoolean("gift_wrap"));
                }
                return Optional.of(order);
            }
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
