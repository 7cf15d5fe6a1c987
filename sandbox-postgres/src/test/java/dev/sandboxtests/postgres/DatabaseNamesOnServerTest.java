package dev.sandboxtests.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.resources.DatabaseNames;
import dev.sandboxtests.resources.SandboxResources;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestServer
class DatabaseNamesOnServerTest {

    @ParameterizedTest
    @CsvSource({
            "k7x2p9q4, orders-db",
            "0123456789, db",
            "MiXeD.Key-1, a-b-c",
            "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0, orders-database-with-a-long-name"})
    void theDatabaseHasTheNameTheRoutingSideDerivesAndWorks(String routingKey, String resource,
                                                           EmbeddedPostgresServer server) throws Exception {
        String expected = DatabaseNames.of(routingKey, resource);
        try (RunContext context = RunContext.on(server);
             SandboxResources resources = Databases.create(context, routingKey, Databases.database(resource, Map.of()))) {
            assertThat(resources.outputsOf(resource)).containsEntry("database", expected);
            assertThat(expected.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
            // The server knows it by exactly that name (it would cut a longer one silently).
            assertThat(Databases.exists(server, expected)).isTrue();
            assertThat(Databases.strings(server, expected, "SELECT current_database()")).containsExactly(expected);
        }
        assertThat(Databases.exists(server, expected)).isFalse();
    }
}
