package dev.sandboxtests.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * The check every module runs on its own rows of README's configuration table: each of its settings has exactly one
 * row, with its environment variable and its default ({@code (none)} where it has none), and no row names a setting
 * the module does not have. Shared through sandbox-core's test jar.
 *
 * <pre>{@code
 * ReadmeSettingsTable.assertRows(Path.of("..", "README.md"), row -> row.startsWith("| `sandbox.kafka."), KafkaSettings.ALL);
 * }</pre>
 */
public final class ReadmeSettingsTable {

    private ReadmeSettingsTable() {
    }

    /** Checks the table rows of {@code readme} that {@code ours} selects against {@code settings}. */
    public static void assertRows(Path readme, Predicate<String> ours, List<Setting<?>> settings) throws IOException {
        List<String> rows = Files.readAllLines(readme).stream().filter(line -> line.startsWith("| `")).filter(ours).toList();
        for (Setting<?> setting : settings) {
            List<String> matching = rows.stream().filter(row -> row.startsWith("| `" + setting.key() + "` |")).toList();
            assertThat(matching).as("README rows for %s", setting.key()).hasSize(1);
            assertThat(matching.get(0)).as("README row for %s", setting.key())
                    .contains("| `" + setting.environmentVariable() + "` |")
                    .contains(setting.defaultText().isEmpty() ? "| (none) |" : "| `" + setting.defaultText() + "` |");
        }
        assertThat(rows).as("README rows for settings the code does not have").hasSize(settings.size());
    }
}
