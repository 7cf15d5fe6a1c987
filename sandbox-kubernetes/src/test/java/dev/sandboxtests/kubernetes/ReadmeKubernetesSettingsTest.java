package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kubernetes.reaper.KubernetesReaperSettings;
import dev.sandboxtests.kubernetes.routes.KubernetesRoutesSettings;
import dev.sandboxtests.settings.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's configuration table lists every setting of sandbox-kubernetes once, with its environment variable and
 * default ({@code (none)} where it has none).
 */
class ReadmeKubernetesSettingsTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void everyKubernetesSettingHasExactlyOneRowWithItsVariableAndDefault() throws IOException {
        List<String> rows = Files.readAllLines(README).stream().filter(line -> line.startsWith("| `sandbox.kubernetes.")).toList();
        List<Setting<?>> ours = Stream.of(KubernetesSettings.ALL, KubernetesReaperSettings.ALL, KubernetesRoutesSettings.ALL)
                .flatMap(List::stream).toList();

        for (Setting<?> setting : ours) {
            List<String> matching = rows.stream().filter(row -> row.startsWith("| `" + setting.key() + "` |")).toList();
            assertThat(matching).as("README rows for %s", setting.key()).hasSize(1);
            assertThat(matching.get(0)).as("README row for %s", setting.key())
                    .contains("| `" + setting.environmentVariable() + "` |")
                    .contains(setting.defaultText().isEmpty() ? "| (none) |" : "| `" + setting.defaultText() + "` |");
        }
        assertThat(rows).as("README rows for Kubernetes settings the code does not have").hasSize(ours.size());
    }
}
