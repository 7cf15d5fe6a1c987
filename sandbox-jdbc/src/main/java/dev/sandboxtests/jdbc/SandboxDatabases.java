package dev.sandboxtests.jdbc;

import dev.sandboxtests.routing.RoutingKey;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Finds the database of the sandbox a routing key belongs to, for a {@link RoutingDataSource}; {@link
 * PostgresSandboxDatabases} is the one for PostgreSQL. The routing DataSource caches what it answers, so an
 * implementation need not, and asks it for one key at a time.
 *
 * <pre>{@code
 * SandboxDatabases databases = key -> registry.databaseOf(key.value())       // your own lookup
 *         .map(name -> new SandboxDatabase(name, pools.forDatabase(name)));
 * RoutingDataSource dataSource = RoutingDataSource.builder(baseline, databases).build();
 * }</pre>
 */
@FunctionalInterface
public interface SandboxDatabases {

    /**
     * The database of the sandbox whose routing key is {@code key}, or empty when there is none (the key belongs
     * to no sandbox, or to one without a database of this service's), so that its work is done in the baseline's
     * database.
     *
     * @throws SQLException if it cannot be told (the server cannot be reached, say); nothing is cached then
     */
    Optional<SandboxDatabase> find(RoutingKey key) throws SQLException;
}
