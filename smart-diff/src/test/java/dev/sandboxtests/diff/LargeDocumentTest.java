package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's memory goal: a pair of 50 MB documents diffed within a 512 MB heap. Runs
 * {@link LargeDocumentDiff} in a JVM of its own started with {@code -Xmx512m}, so the limit is real
 * whatever heap the test JVM has.
 */
class LargeDocumentTest {

    @Test
    void aPairOf50MegabyteDocumentsIsDiffedWithin512MegabytesOfHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), LargeDocumentDiff.class.getName(), "50"))
                .redirectErrorStream(true)
                .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("finished within two minutes; output so far: %s", output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("as expected");
        // The JVM reports a little less than -Xmx under some collectors (serial GC leaves out a survivor space).
        Matcher heap = Pattern.compile("heap max (\\d+) MiB").matcher(output);
        assertThat(heap.find()).as(output).isTrue();
        assertThat(Integer.parseInt(heap.group(1))).as(output).isLessThanOrEqualTo(512);
    }
}
