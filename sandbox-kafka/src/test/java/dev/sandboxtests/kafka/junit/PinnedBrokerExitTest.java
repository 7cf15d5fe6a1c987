package dev.sandboxtests.kafka.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broker kept until the JVM exits (as a {@code LocalEnvironment} keeps it) stops with the JVM: the JVM exits
 * with status 0 and leaves no data directory. Its directory is the library's own: Kafka's test kit would
 * delete a directory of its choosing in a shutdown hook of its own, which could run under the still running
 * broker and make it halt the JVM with status 1 after every test had passed.
 */
class PinnedBrokerExitTest {

    @Test
    @Timeout(180)
    void aJvmThatKeptTheBrokerToItsEndExitsCleanlyAndLeavesNoDataDirectory(@TempDir Path tmp) throws Exception {
        Path output = tmp.resolve("output.txt");
        Path javaTmp = Files.createDirectory(tmp.resolve("java-tmp"));
        Process jvm = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + javaTmp, "-Dsandbox.reaper.enabled=false",
                "-cp", System.getProperty("java.class.path"), PinnedBrokerMain.class.getName()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertThat(jvm.waitFor(150, TimeUnit.SECONDS)).as("the JVM ended").isTrue();
        } finally {
            jvm.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(printed).as("what the JVM printed").contains("data directories: 1");
        assertThat(jvm.exitValue()).as("exit status; output:%n%s", printed).isZero();
        try (var left = Files.list(javaTmp)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .as("left in java.io.tmpdir" + File.separator)
                    .noneMatch(name -> name.startsWith("sandbox-kafka-") || name.startsWith("kafka-"));
        }
    }
}
