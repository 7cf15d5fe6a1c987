package dev.sandboxtests.jdbc;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Makes the DataSource for a sandbox database that {@link PostgresSandboxDatabases} found: plug in your own
 * connection pool here. Made once per database (not per connection); a DataSource that is {@link AutoCloseable}
 * is closed when the {@link RoutingDataSource} forgets the database or is closed.
 *
 * <pre>{@code
 * SandboxDataSourceFactory pools = (database, jdbcUrl) -> {
 *     HikariConfig config = new HikariConfig();
 *     config.setJdbcUrl(jdbcUrl);                      // the baseline's URL with the sandbox database's name
 *     config.setUsername(user);
 *     config.setPassword(password);
 *     config.setMaximumPoolSize(2);                    // sandboxes carry test traffic only
 *     return new HikariDataSource(config);
 * };
 * }</pre>
 */
@FunctionalInterface
public interface SandboxDataSourceFactory {

    /**
     * @param database the database's name, {@code sbx_k7x2p9q4_orders_db}
     * @param jdbcUrl  the baseline's JDBC URL with {@code database} in place of the baseline's database
     * @throws SQLException if it cannot be made; the request that asked gets no connection
     */
    DataSource create(String database, String jdbcUrl) throws SQLException;
}
