package dev.sandboxtests.kafka.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.settings.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's configuration table lists every setting of sandbox-kafka once, with its environment variable and
 * default as the code has them (sandbox-junit's own check cannot see this module: it must not depend on it).
 */
class ReadmeKafkaSettingsTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void everyKafkaSettingHasExactlyOneRowWithItsVariableAndDefault() throws IOException {
        List<String> rows = Files.readAllLines(README).stream().filter(line -> line.startsWith("| `sandbox.kafka.")).toList();

        for (Setting<?> setting : KafkaSettings.ALL) {
            List<String> matching = rows.stream().filter(row -> row.startsWith("| `" + setting.key() + "` |")).toList();
            assertThat(matching).as("README rows for %s", setting.key()).hasSize(1);
            assertThat(matching.get(0)).as("README row for %s", setting.key())
                    .contains("| `" + setting.environmentVariable() + "` |")
                    .contains("| `" + setting.defaultText() + "` |");
        }
        assertThat(rows).as("README rows for Kafka settings the code does not have").hasSize(KafkaSettings.ALL.size());
    }
}
