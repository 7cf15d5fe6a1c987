package dev.sandboxtests.signadot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.settings.ReadmeSettingsTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README's configuration table lists every setting of sandbox-signadot once, with its variable and default; Signadot's
 * own variables, read when ours are not set, are named in the rows of the settings they stand in for.
 */
class ReadmeSignadotSettingsTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void everySignadotSettingHasExactlyOneRowWithItsVariableAndDefault() throws IOException {
        ReadmeSettingsTable.assertRows(README, row -> row.startsWith("| `sandbox.signadot."),
                SignadotSettings.ALL.stream().filter(setting -> setting.key().startsWith("sandbox.")).toList());
        assertThat(Files.readString(README)).as("Signadot's own variables, named where they stand in")
                .contains("`" + SignadotSettings.ORG_FALLBACK.environmentVariable() + "`")
                .contains("`" + SignadotSettings.API_KEY_FALLBACK.environmentVariable() + "`");
    }
}
