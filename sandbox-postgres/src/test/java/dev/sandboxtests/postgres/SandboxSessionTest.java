package dev.sandboxtests.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.resources.DatabaseNames;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.ResourceSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * End to end as a run without a server of its own: the plugin found by ServiceLoader, the embedded server
 * started once and shared by the session's sandboxes, each sandbox with its own database, dropped when it
 * closes, the server stopped when the session closes.
 */
class SandboxSessionTest {

    @Test
    void sandboxesOfARunShareOneEmbeddedServerEachWithItsOwnDatabase() throws Exception {
        ProcessHandle postmaster;
        try (SandboxSession session = SandboxSession.builder(SandboxSessionTest.class)
                .parameter("sandbox.provider", ResourcesOnlyProvider.NAME).build()) {
            ResourcesOnlyProvider.ResourcesOnlySandbox empty = (ResourcesOnlyProvider.ResourcesOnlySandbox)
                    session.start(spec("first", Map.of("migrations", "classpath:db/orders-schema")));
            EmbeddedPostgresServer server = EmbeddedPostgresServer.shared(empty.context());
            postmaster = ProcessHandle.of(server.postmasterPid()).orElseThrow();
            String firstDatabase = DatabaseNames.of(empty.routingKey().value(), "orders-db");
            assertThat(empty.outputsOf("orders-db")).containsEntry("jdbc-url", server.jdbcUrl(firstDatabase));

            Databases.seedTemplate(server, "session_seed");
            ResourcesOnlyProvider.ResourcesOnlySandbox seeded = (ResourcesOnlyProvider.ResourcesOnlySandbox)
                    session.start(spec("second", Map.of("template", "session_seed")));
            assertThat(EmbeddedPostgresServer.shared(seeded.context())).isSameAs(server);
            try (Connection fork = DriverManager.getConnection(seeded.outputsOf("orders-db").get("jdbc-url"), "postgres", "");
                 ResultSet rows = fork.createStatement().executeQuery("SELECT count(*) FROM orders")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(3);
            }
            assertThat(Databases.strings(server, firstDatabase, "SELECT count(*) FROM orders")).containsExactly("0");

            empty.close();
            assertThat(Databases.exists(server, firstDatabase)).isFalse();
            assertThat(Databases.exists(server, seeded.outputsOf("orders-db").get("database"))).isTrue();
        }
        assertThat(postmaster.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    private static SandboxSpec spec(String name, Map<String, String> params) {
        return SandboxSpec.builder(name).fork(ForkSpec.of("orders"))
                .resource(ResourceSpec.of("orders-db", PostgresDatabasePlugin.NAME, params)).build();
    }
}
