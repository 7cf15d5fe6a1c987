package dev.sandboxtests.kafka.junit;

import dev.sandboxtests.settings.ReadmeSettingsTable;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's configuration table lists every setting of sandbox-kafka once, with its environment variable and default. */
class ReadmeKafkaSettingsTest {

    @Test
    void everyKafkaSettingHasExactlyOneRowWithItsVariableAndDefault() throws IOException {
        ReadmeSettingsTable.assertRows(Path.of("..", "README.md"), row -> row.startsWith("| `sandbox.kafka."),
                KafkaSettings.ALL);
    }
}
