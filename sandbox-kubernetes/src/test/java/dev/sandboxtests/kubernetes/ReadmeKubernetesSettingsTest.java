package dev.sandboxtests.kubernetes;

import dev.sandboxtests.kubernetes.reaper.KubernetesReaperSettings;
import dev.sandboxtests.kubernetes.routes.KubernetesRoutesSettings;
import dev.sandboxtests.settings.ReadmeSettingsTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** README's configuration table lists every setting of sandbox-kubernetes once, with its variable and default. */
class ReadmeKubernetesSettingsTest {

    @Test
    void everyKubernetesSettingHasExactlyOneRowWithItsVariableAndDefault() throws IOException {
        ReadmeSettingsTable.assertRows(Path.of("..", "README.md"), row -> row.startsWith("| `sandbox.kubernetes."),
                Stream.of(KubernetesSettings.ALL, KubernetesReaperSettings.ALL, KubernetesRoutesSettings.ALL)
                        .flatMap(List::stream).toList());
    }
}
