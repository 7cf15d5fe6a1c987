package dev.sandboxtests.jdbc;

import dev.sandboxtests.settings.Setting;
import dev.sandboxtests.spec.SpecDurations;
import java.time.Duration;
import java.util.List;

/**
 * The settings of sandbox-jdbc, read like every other setting ({@link dev.sandboxtests.settings.SandboxSettings}:
 * configuration parameter, system property, environment variable, default). A service has no JUnit configuration
 * parameters, so it sets them as system properties or environment variables.
 */
public final class JdbcRoutingSettings {

    /**
     * {@code sandbox.jdbc.miss-ttl} ({@code SANDBOX_JDBC_MISS_TTL}): how long a routing key whose sandbox has no
     * database keeps going to the baseline's database before it is looked up again, so that a database created
     * later is found; {@code 0s} looks up on every connection.
     */
    public static final Setting<Duration> MISS_TTL = Setting.of("sandbox.jdbc.miss-ttl", Duration.ofSeconds(5), "5s",
            JdbcRoutingSettings::missTtl, "how long a routing key without a sandbox database keeps going to the baseline's"
                    + " database before it is looked up again");

    /**
     * {@code sandbox.jdbc.max-databases} ({@code SANDBOX_JDBC_MAX_DATABASES}): how many routing keys' lookups are
     * remembered (databases found, misses, databases gone); beyond it the least recently used is forgotten and the
     * DataSource made for it closed.
     */
    public static final Setting<Integer> MAX_DATABASES = Setting.of("sandbox.jdbc.max-databases", 100, "100",
            JdbcRoutingSettings::maxDatabases, "how many routing keys' lookups are remembered; beyond it the least"
                    + " recently used is forgotten and its DataSource closed");

    /** Every setting of the module, for documentation checks. */
    public static final List<Setting<?>> ALL = List.of(MISS_TTL, MAX_DATABASES);

    private JdbcRoutingSettings() {
    }

    private static Duration missTtl(String text) {
        Duration ttl = SpecDurations.parse(text);
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("'" + text.trim() + "' is negative; write 0s or more, such as 5s");
        }
        return ttl;
    }

    private static Integer maxDatabases(String text) {
        try {
            int max = Integer.parseInt(text.trim());
            if (max >= 1) {
                return max;
            }
        } catch (NumberFormatException e) {
            // the message below says what is accepted
        }
        throw new IllegalArgumentException("'" + text.trim() + "' is not a whole number of at least 1, such as 100");
    }
}
