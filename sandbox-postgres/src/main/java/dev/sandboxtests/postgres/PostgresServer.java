package dev.sandboxtests.postgres;

import dev.sandboxtests.settings.SandboxSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.StringJoiner;
import org.postgresql.Driver;

/**
 * A PostgreSQL server that temporary databases are made on: an admin JDBC URL (any database the user may
 * connect to, usually {@code postgres}) and the credentials of a user that may create databases. The URL is
 * read with the driver's own parser ({@link Driver#parseURL}), so every form pgjdbc accepts works (several
 * hosts, {@code ?sslmode=require}), and the URL of another database on the same server keeps its options.
 *
 * <pre>{@code
 * PostgresServer server = PostgresServer.of("jdbc:postgresql://db.test:5432/postgres", "sandbox_admin", password);
 * String forks = server.jdbcUrl("sbx_k7x2p9_orders_db");   // jdbc:postgresql://db.test:5432/sbx_k7x2p9_orders_db
 * }</pre>
 *
 * <p>The password is never part of {@link #toString()}, {@link #describe()} or a message; a URL that
 * carries a {@code user} or {@code password} of its own is refused, so that the URLs handed to forks and
 * written to the reaper's registry never do.
 */
public final class PostgresServer {

    private static final String HOST = "PGHOST";
    private static final String PORT = "PGPORT";
    private static final String DATABASE = "PGDBNAME";

    private final String adminUrl;
    private final String username;
    private final String password;
    private final Properties parsed;

    private PostgresServer(String adminUrl, String username, String password, Properties parsed) {
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password;
        this.parsed = parsed;
    }

    /**
     * The server the run's settings name ({@code sandbox.postgres.url}, {@code .username}, {@code .password}),
     * if they name one; where none is named, the {@code postgres-database} plugin uses the run's
     * {@link EmbeddedPostgresServer}. Code that must reach the same server as the plugin (a launcher creating
     * the baseline's database) asks here first.
     */
    public static Optional<PostgresServer> configured(SandboxSettings settings) {
        if (!settings.isSet(PostgresSettings.URL)) {
            return Optional.empty();
        }
        return Optional.of(of(settings.get(PostgresSettings.URL), settings.get(PostgresSettings.USERNAME),
                settings.get(PostgresSettings.PASSWORD)));
    }

    /**
     * @param adminUrl a {@code jdbc:postgresql://host[:port]/database} URL the user may connect with
     * @param username a user that may create databases (CREATEDB or superuser)
     * @param password its password; empty where the server trusts the user
     * @throws PostgresResourceException if the URL is not a PostgreSQL JDBC URL or carries credentials
     */
    public static PostgresServer of(String adminUrl, String username, String password) {
        Objects.requireNonNull(adminUrl, "adminUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Properties parsed = adminUrl.startsWith("jdbc:postgresql:") ? Driver.parseURL(adminUrl.trim(), null) : null;
        if (parsed == null) {
            // Only the start of the URL: what follows may hold options nobody should see in a log.
            throw new PostgresResourceException("The server URL '" + adminUrl.split("//")[0] + "//…' is not a"
                    + " PostgreSQL JDBC URL: give the server as"
                    + " jdbc:postgresql://host:5432/postgres (" + PostgresSettings.URL.key() + " or the param server).");
        }
        if (parsed.containsKey("user") || parsed.containsKey("password")) {
            throw new PostgresResourceException("The server URL for host " + parsed.getProperty(HOST) + " carries a user"
                    + " or password; give them as " + PostgresSettings.USERNAME.key() + " / "
                    + PostgresSettings.PASSWORD.key() + " (or the params username / password) instead, so that the"
                    + " URL handed to forks and to the reaper carries no secret.");
        }
        if (username.isBlank()) {
            throw new PostgresResourceException("No user for the PostgreSQL server " + describe(parsed) + ": set "
                    + PostgresSettings.USERNAME.key() + " or the param username.");
        }
        return new PostgresServer(adminUrl.trim(), username.trim(), password, parsed);
    }

    /** The URL given, of the database the admin work is done in. */
    public String adminUrl() {
        return adminUrl;
    }

    public String username() {
        return username;
    }

    /** The password; hand it to a driver, never to a log. */
    public String password() {
        return password;
    }

    /** The database of the admin URL ({@code postgres}, say). */
    public String adminDatabase() {
        return parsed.getProperty(DATABASE);
    }

    /**
     * The URL of {@code database} on this server, with the admin URL's hosts and options.
     *
     * @param database a name as {@link Identifiers#checked} allows; it is URL-encoded here
     */
    public String jdbcUrl(String database) {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostsAndPorts()).append('/')
                .append(URLEncoder.encode(database, StandardCharsets.UTF_8));
        StringJoiner options = new StringJoiner("&", "?", "").setEmptyValue("");
        parsed.stringPropertyNames().stream().filter(key -> !key.startsWith("PG")).sorted().forEach(key -> options.add(
                URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(parsed.getProperty(key), StandardCharsets.UTF_8)));
        return url.append(options).toString();
    }

    /** A new connection to {@code database} on this server, as {@link #username()}. */
    public Connection connect(String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", username);
        if (!password.isEmpty()) {
            credentials.setProperty("password", password);
        }
        // The driver itself rather than DriverManager: no dependence on which class loader registered it.
        return new Driver().connect(jdbcUrl(database), credentials);
    }

    /** A new connection to the admin database. */
    public Connection connectAdmin() throws SQLException {
        return connect(adminDatabase());
    }

    /** The server for messages: {@code host:port}, no credentials. */
    public String describe() {
        return describe(parsed);
    }

    private String hostsAndPorts() {
        String[] hosts = parsed.getProperty(HOST).split(",");
        String[] ports = parsed.getProperty(PORT).split(",");
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < hosts.length; i++) {
            String host = hosts[i].contains(":") ? "[" + hosts[i] + "]" : hosts[i];   // IPv6 literal
            pairs.add(host + ":" + ports[Math.min(i, ports.length - 1)]);
        }
        return String.join(",", pairs);
    }

    private static String describe(Properties parsed) {
        String[] hosts = parsed.getProperty(HOST, "").split(",");
        String[] ports = parsed.getProperty(PORT, "").split(",");
        StringJoiner servers = new StringJoiner(",");
        for (int i = 0; i < hosts.length; i++) {
            servers.add(hosts[i] + ":" + ports[Math.min(i, ports.length - 1)]);
        }
        return servers.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "PostgreSQL server " + describe() + " as " + username;
    }
}
