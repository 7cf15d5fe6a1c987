package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.local.LocalSettings;
import dev.sandboxtests.reaper.ReaperSettings;
import dev.sandboxtests.settings.ReadmeSettingsTable;
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
        // sandbox-kafka, the cluster providers, sandbox-postgres and sandbox-jdbc check their own rows: this module must not depend on them.
        List<Setting<?>> settings = new ArrayList<>(SandboxTestSettings.ALL);
        settings.addAll(LocalSettings.ALL);
        settings.addAll(ReaperSettings.ALL);
        ReadmeSettingsTable.assertRows(README, row -> row.startsWith("| `sandbox.")
                && !row.startsWith("| `sandbox.kafka.") && !row.startsWith("| `sandbox.signadot.")
                && !row.startsWith("| `sandbox.kubernetes.") && !row.startsWith("| `sandbox.postgres.")
                && !row.startsWith("| `sandbox.jdbc."), settings);
    }

    @Test
    void theReadmeIsWhereThisTestLooks() {
        assertThat(Stream.of(README, Path.of("..", "pom.xml"))).allMatch(Files::isRegularFile);
    }
}
