package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.local.LocalSettings;
import dev.sandboxtests.reaper.ReaperSettings;
import dev.sandboxtests.settings.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's configuration table lists every setting that {@code @SandboxTest}, the local provider and
 * the reaper read, each once, with its environment variable and default as the code has them (sandbox-kafka's
 * rows are checked by that module).
 */
class ReadmeConfigurationTableTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void everySettingHasExactlyOneRowWithItsVariableAndDefault() throws IOException {
        // sandbox-kafka and the cluster providers check their own rows: this module must not depend on them.
        List<String> rows = Files.readAllLines(README).stream().filter(line -> line.startsWith("| `sandbox."))
                .filter(line -> !line.startsWith("| `sandbox.kafka.") && !line.startsWith("| `sandbox.signadot.")
                        && !line.startsWith("| `sandbox.kubernetes."))
                .toList();
        List<Setting<?>> settings = new ArrayList<>(SandboxTestSettings.ALL);
        settings.addAll(LocalSettings.ALL);
        settings.addAll(ReaperSettings.ALL);

        for (Setting<?> setting : settings) {
            List<String> matching = rows.stream().filter(row -> row.startsWith("| `" + setting.key() + "` |")).toList();
            assertThat(matching).as("README rows for %s", setting.key()).hasSize(1);
            assertThat(matching.get(0)).as("README row for %s", setting.key())
                    .contains("| `" + setting.environmentVariable() + "` |")
                    .contains("| `" + setting.defaultText() + "` |");
        }
        assertThat(rows).as("README rows for settings the code does not have").hasSize(settings.size());
    }

    @Test
    void theReadmeIsWhereThisTestLooks() {
        assertThat(Stream.of(README, Path.of("..", "pom.xml"))).allMatch(Files::isRegularFile);
    }
}
