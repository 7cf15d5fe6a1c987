package dev.sandboxtests.postgres;

import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.resources.SandboxResources;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.ResourceSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plain JDBC on the test server, to look at what the plugin did, and a shortcut to create resources. */
final class Databases {

    private Databases() {
    }

    /** Creates {@code name} with table {@code orders} holding three rows; nobody stays connected to it. */
    static void seedTemplate(EmbeddedPostgresServer server, String name) throws SQLException {
        execute(server, "postgres", "CREATE DATABASE " + name);
        execute(server, name, "CREATE TABLE orders (id integer PRIMARY KEY, item text NOT NULL)",
                "INSERT INTO orders VALUES (1, 'tea'), (2, 'scarf'), (3, 'kettle')");
    }

    static void execute(EmbeddedPostgresServer server, String database, String... statements) throws SQLException {
        try (Connection connection = server.server().connect(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static List<String> strings(EmbeddedPostgresServer server, String database, String query, String... values)
            throws SQLException {
        try (Connection connection = server.server().connect(database);
             PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            List<String> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
            }
            return result;
        }
    }

    static boolean exists(EmbeddedPostgresServer server, String database) throws SQLException {
        return !strings(server, "postgres", "SELECT datname FROM pg_database WHERE datname = ?", database).isEmpty();
    }

    /** The databases whose names start with {@code prefix}. */
    static List<String> named(EmbeddedPostgresServer server, String prefix) throws SQLException {
        return strings(server, "postgres", "SELECT datname FROM pg_database WHERE starts_with(datname, ?) ORDER BY 1",
                prefix);
    }

    static List<String> columns(EmbeddedPostgresServer server, String database, String table) throws SQLException {
        return strings(server, database, "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                + " ORDER BY ordinal_position", table);
    }

    /** The resource {@code name} of plugin postgres-database with {@code params}. */
    static ResourceSpec database(String name, Map<String, String> params) {
        return ResourceSpec.of(name, PostgresDatabasePlugin.NAME, params);
    }

    /** Creates the resources as a provider does, through core's {@link SandboxResources}. */
    static SandboxResources create(RunContext context, String routingKey, ResourceSpec... resources) {
        SandboxSpec.Builder spec = SandboxSpec.builder("pg-test").fork(ForkSpec.of("orders"));
        for (ResourceSpec resource : resources) {
            spec.resource(resource);
        }
        return SandboxResources.create(spec.build(), routingKey, context, Reaper.disabled());
    }
}
