package dev.sandboxtests.postgres;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Migrates a temporary database with Flyway, from the locations the resource names (param
 * {@code migrations}): the fork's own schema change on top of the copied template. Flyway because most
 * services that own a PostgreSQL schema migrate it with Flyway already, and a fork's change is one more
 * versioned script beside theirs.
 *
 * <p>Chosen so that both usual layouts work:
 * <ul>
 *   <li>the locations hold only the fork's new scripts while the template's history (if it was migrated by
 *       Flyway) lists older ones: those are not an error ({@code ignoreMigrationPatterns("*:missing")});</li>
 *   <li>the template was seeded without Flyway (a dump, a script): its schema is taken as version 0 and
 *       every script of the locations runs ({@code baselineOnMigrate}, {@code baselineVersion("0")});</li>
 *   <li>a location that does not exist fails, rather than migrating nothing ({@code failOnMissingLocations}).</li>
 * </ul>
 */
final class FlywayMigrations {

    private FlywayMigrations() {
    }

    /** The locations in a {@code migrations} param: comma-separated, blanks around them ignored. */
    static List<String> locations(String param) {
        List<String> locations = Arrays.stream(param.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (locations.isEmpty()) {
            throw new PostgresResourceException("The param migrations is empty: name Flyway locations, comma-separated"
                    + " (classpath:db/orders-fork, filesystem:src/test/db), or leave the param out.");
        }
        return locations;
    }

    /**
     * Runs the migrations of {@code locations} on {@code database}.
     *
     * @throws PostgresResourceException naming the migration that failed and the server's error
     */
    static void migrate(PostgresServer server, String database, List<String> locations) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Flyway.configure(loader != null ? loader : FlywayMigrations.class.getClassLoader())
                    .dataSource(server.jdbcUrl(database), server.username(), server.password())
                    .locations(locations.toArray(String[]::new))
                    .failOnMissingLocations(true)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .ignoreMigrationPatterns("*:missing")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            // Flyway's message names the failed script ("Migration V2__gift_wrap.sql failed"), the SQL state,
            // the server's error, the line and the statement.
            throw new PostgresResourceException("Migrating database '" + database + "' with " + locations + " failed: "
                    + e.getMessage(), e);
        }
    }
}
