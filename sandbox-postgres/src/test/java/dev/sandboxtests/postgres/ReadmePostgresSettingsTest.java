package dev.sandboxtests.postgres;

import dev.sandboxtests.settings.ReadmeSettingsTable;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's configuration table lists every setting of sandbox-postgres once, with its variable and default. */
class ReadmePostgresSettingsTest {

    @Test
    void everyPostgresSettingHasExactlyOneRowWithItsVariableAndDefault() throws IOException {
        ReadmeSettingsTable.assertRows(Path.of("..", "README.md"), row -> row.startsWith("| `sandbox.postgres."),
                PostgresSettings.ALL);
    }
}
