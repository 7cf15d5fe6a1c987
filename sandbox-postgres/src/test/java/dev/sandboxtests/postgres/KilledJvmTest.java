package dev.sandboxtests.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test JVM killed with its sandbox open: the reaper's watchdog removes what it left. */
@TestServer
class KilledJvmTest {

    @Test
    void theWatchdogDropsTheDatabaseOfAKilledJvm(EmbeddedPostgresServer server, @TempDir Path registry) throws Exception {
        Process testJvm = start(CreatesAndWaits.class, server.adminUrl(), registry.toString(), "killed1");
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(testJvm.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("created sbx_killed1_orders_db");
            assertThat(Databases.exists(server, "sbx_killed1_orders_db")).isTrue();
            List<Path> entries = entries(registry);
            assertThat(entries).hasSize(1);
            assertThat(Files.readString(entries.get(0))).contains("\"kind\":\"postgres-database\"")
                    .contains("sbx_killed1_orders_db").doesNotContain("password");
        } finally {
            testJvm.destroyForcibly();
        }
        assertThat(testJvm.waitFor(30, TimeUnit.SECONDS)).isTrue();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Databases.exists(server, "sbx_killed1_orders_db") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Databases.exists(server, "sbx_killed1_orders_db")).as("dropped by the watchdog").isFalse();
    }

    @Test
    void theWatchdogStopsTheEmbeddedServerOfAKilledJvmAndDeletesItsData(@TempDir Path registry) throws Exception {
        Process testJvm = start(StartsServerAndWaits.class, registry.toString());
        ProcessHandle postmaster;
        Path dataDirectory;
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(testJvm.getInputStream(), StandardCharsets.UTF_8));
            postmaster = ProcessHandle.of(Long.parseLong(output.readLine())).orElseThrow();
            dataDirectory = Path.of(output.readLine());
            assertThat(postmaster.info().command().orElse("")).endsWith("postgres");
            assertThat(dataDirectory.resolve("PG_VERSION")).exists();
        } finally {
            testJvm.destroyForcibly();
        }
        assertThat(postmaster.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.exists(dataDirectory) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(dataDirectory).as("deleted by the watchdog").doesNotExist();
    }

    private static Process start(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<Path> entries(Path registry) throws Exception {
        try (Stream<Path> files = Files.walk(registry)) {
            return files.filter(file -> file.getFileName().toString().startsWith("postgres-database-")).toList();
        }
    }
}
