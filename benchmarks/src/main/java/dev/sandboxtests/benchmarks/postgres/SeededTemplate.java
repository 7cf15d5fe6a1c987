package dev.sandboxtests.benchmarks.postgres;

import dev.sandboxtests.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A template database of seeded orders, grown in batches until its data is at least the size asked for (the
 * table {@code orders} with its TOAST and primary key index, as {@code pg_total_relation_size} counts them),
 * then vacuumed, with nobody connected.
 *
 * @param name          the database
 * @param dataBytes     the size of the seeded data
 * @param databaseBytes the size of the whole database ({@code pg_database_size}: with the system catalogs)
 * @param rows          how many orders it holds
 */
record SeededTemplate(String name, long dataBytes, long databaseBytes, long rows) {

    private static final int BATCH = 10_000;

    static SeededTemplate create(PostgresServer server, String name, long atLeastBytes) throws SQLException {
        try (Connection admin = server.connectAdmin(); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        long rows = 0;
        try (Connection seed = server.connect(name); Statement statement = seed.createStatement()) {
            statement.execute("CREATE TABLE orders (id bigint PRIMARY KEY, customer text NOT NULL, status text NOT NULL,"
                    + " total numeric(10, 2) NOT NULL, created timestamptz NOT NULL, notes text NOT NULL)");
            try (PreparedStatement insert = seed.prepareStatement("INSERT INTO orders SELECT g, 'customer-' || (g % 5000),"
                    + " (ARRAY['new', 'paid', 'shipped', 'delivered'])[1 + g % 4], (g % 10000) / 100.0,"
                    + " timestamptz '2026-01-01' + g * interval '1 second', md5(g::text) || repeat(' gift note', 20)"
                    + " FROM generate_series(?::bigint, ?::bigint) AS g")) {
                while (size(seed, "SELECT pg_total_relation_size('orders')") < atLeastBytes) {
                    insert.setLong(1, rows + 1);
                    insert.setLong(2, rows + BATCH);
                    insert.execute();
                    rows += BATCH;
                }
            }
            statement.execute("VACUUM ANALYZE orders");
            return new SeededTemplate(name, size(seed, "SELECT pg_total_relation_size('orders')"),
                    size(seed, "SELECT pg_database_size(current_database())"), rows);
        }
    }

    private static long size(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
