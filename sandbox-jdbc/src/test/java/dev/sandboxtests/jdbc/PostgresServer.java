package dev.sandboxtests.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real PostgreSQL server for the whole test run (zonky's embedded binaries), started when a test first asks for
 * it and stopped when the run ends: it lives in JUnit's root Store. Test classes annotated {@link WithPostgres}
 * take it, or a test's own {@link ShopDatabases} (dropped after the test), as a parameter.
 */
final class PostgresServer implements AutoCloseable {

    static final String USER = "postgres";

    private final EmbeddedPostgres embedded;

    private PostgresServer(EmbeddedPostgres embedded) {
        this.embedded = embedded;
    }

    /** A DataSource of the server's own driver (a new connection each time) for {@code database}. */
    DataSource dataSource(String database) {
        return embedded.getDatabase(USER, database);
    }

    String jdbcUrl(String database) {
        return embedded.getJdbcUrl(USER, database);
    }

    /** Runs {@code statements} in {@code database}, one after the other, with auto-commit. */
    void execute(String database, String... statements) throws SQLException {
        try (Connection connection = dataSource(database).getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public void close() throws IOException {
        embedded.close();
    }

    /** Resolves {@link PostgresServer} parameters with the run's server. */
    static final class Extension implements ParameterResolver {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresServer.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == PostgresServer.class || type == ShopDatabases.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            PostgresServer server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(PostgresServer.class,
                    type -> start(), PostgresServer.class);
            if (parameter.getParameter().getType() == PostgresServer.class) {
                return server;
            }
            // the test method's Store: @BeforeEach and the test share one, closed when the test ends
            return context.getStore(NAMESPACE).getOrComputeIfAbsent(ShopDatabases.class, type -> shop(server),
                    ShopDatabases.class);
        }

        private static ShopDatabases shop(PostgresServer server) {
            try {
                return new ShopDatabases(server);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the test's baseline database", e);
            }
        }

        private static PostgresServer start() {
            try {
                return new PostgresServer(EmbeddedPostgres.builder().start());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
        }
    }

    /** For test classes: {@code @WithPostgres} instead of spelling out the extension. */
    @ExtendWith(Extension.class)
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @interface WithPostgres {
    }
}
