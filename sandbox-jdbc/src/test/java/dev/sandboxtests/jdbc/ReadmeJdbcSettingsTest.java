package dev.sandboxtests.jdbc;

import dev.sandboxtests.settings.ReadmeSettingsTable;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's configuration table lists every setting of sandbox-jdbc once, with its variable and default. */
class ReadmeJdbcSettingsTest {

    @Test
    void everyJdbcSettingHasExactlyOneRowWithItsVariableAndDefault() throws IOException {
        ReadmeSettingsTable.assertRows(Path.of("..", "README.md"), row -> row.startsWith("| `sandbox.jdbc."),
                JdbcRoutingSettings.ALL);
    }
}
