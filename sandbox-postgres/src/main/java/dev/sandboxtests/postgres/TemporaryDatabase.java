package dev.sandboxtests.postgres;

import dev.sandboxtests.resources.SandboxResource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One sandbox's database, created by {@link PostgresDatabasePlugin}; closing drops it (its sessions ended
 * first). Closing again, or closing a database that someone dropped already, does nothing.
 */
final class TemporaryDatabase implements SandboxResource {

    private final PostgresServer server;
    private final String database;
    private boolean dropped;

    TemporaryDatabase(PostgresServer server, String database) {
        this.server = server;
        this.database = database;
    }

    /** {@code jdbc-url}, {@code username}, {@code password}, {@code database}. */
    @Override
    public Map<String, String> outputs() {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("jdbc-url", server.jdbcUrl(database));
        outputs.put("username", server.username());
        outputs.put("password", server.password());
        outputs.put("database", database);
        return outputs;
    }

    @Override
    public synchronized void close() throws Exception {
        if (dropped) {
            return;
        }
        new DatabaseAdmin(server).drop(database);
        dropped = true;
    }

    @Override
    public String toString() {
        return "database " + database + " on " + server;
    }
}
