package dev.sandboxtests.jdbc;

import java.util.Objects;
import javax.sql.DataSource;

/**
 * A sandbox's own database, as a {@link SandboxDatabases} resolver found it: its name (for messages) and the
 * {@link DataSource} that connects to it. A DataSource that is also {@link AutoCloseable} (a connection pool) is
 * closed by the {@link RoutingDataSource} when it forgets the database.
 *
 * @param name       the database's name, e.g. {@code sbx_k7x2p9q4_orders_db}
 * @param dataSource connects to it
 */
public record SandboxDatabase(String name, DataSource dataSource) {

    public SandboxDatabase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataSource, "dataSource");
    }
}
