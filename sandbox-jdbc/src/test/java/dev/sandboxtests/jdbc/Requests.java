package dev.sandboxtests.jdbc;

import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingKey;
import io.opentelemetry.context.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What a service's request handler does with the DataSource, with or without a routing key current. */
final class Requests {

    private Requests() {
    }

    /** The database a connection taken while {@code key} is current (none if null) is connected to. */
    static String databaseOf(DataSource dataSource, RoutingKey key) throws SQLException {
        try (Scope scope = key == null ? Scope.noop() : RoutingContext.attach(key)) {
            return query(dataSource, "SELECT current_database()").get(0);
        }
    }

    /** The notes of table {@code orders} that a request with {@code key} (none if null) sees. */
    static List<String> notesSeenBy(DataSource dataSource, RoutingKey key) throws SQLException {
        try (Scope scope = key == null ? Scope.noop() : RoutingContext.attach(key)) {
            return query(dataSource, "SELECT note FROM orders ORDER BY note");
        }
    }

    /** Inserts a note the way a request with {@code key} (none if null) would. */
    static void insertNote(DataSource dataSource, RoutingKey key, String note) throws SQLException {
        try (Scope scope = key == null ? Scope.noop() : RoutingContext.attach(key);
             Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("INSERT INTO orders VALUES (?)")) {
            statement.setString(1, note);
            statement.executeUpdate();
        }
    }

    private static List<String> query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
