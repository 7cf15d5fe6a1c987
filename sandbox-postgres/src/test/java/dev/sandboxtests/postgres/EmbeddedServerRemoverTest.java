package dev.sandboxtests.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remover of a killed JVM's embedded server deletes only what is a PostgreSQL data directory. */
class EmbeddedServerRemoverTest {

    @Test
    void aDirectoryThatIsNoDataDirectoryIsLeftAlone(@TempDir Path directory) throws Exception {
        Path precious = Files.writeString(directory.resolve("notes.txt"), "keep me");
        // This JVM as the "postmaster" of a leftover would be stopped: use a process that has ended instead.
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        ProcessHandle handle = ended.toHandle();
        var leftover = EmbeddedServerRemover.leftover(handle, directory);
        ended.waitFor();

        new EmbeddedServerRemover().remove(leftover);

        assertThat(precious).hasContent("keep me");
    }

    @Test
    void aDataDirectoryIsDeletedWithWhatIsInIt(@TempDir Path parent) throws Exception {
        Path data = Files.createDirectories(parent.resolve("sandbox-data"));
        Files.writeString(data.resolve("PG_VERSION"), "14\n");
        Files.writeString(Files.createDirectories(data.resolve("base/1")).resolve("1259"), "pages");
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        var leftover = EmbeddedServerRemover.leftover(ended.toHandle(), data);
        ended.waitFor();

        new EmbeddedServerRemover().remove(leftover);

        assertThat(data).doesNotExist();
        assertThat(parent).exists();
    }
}
