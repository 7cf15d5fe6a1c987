package dev.sandboxtests.kubernetes;

import dev.sandboxtests.provider.FileNames;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The manifests a sandbox would apply, as one multi-document YAML text (fabric8's {@link Serialization}, so exactly
 * what the client would send), and the file of a dry run ({@code sandbox.kubernetes.dry-run=<directory>}): one per
 * sandbox, {@code <directory>/<sandbox name>.yaml}. Route objects that exist already appear as they would be after the
 * change.
 */
final class DryRunManifests {

    private DryRunManifests() {
    }

    static String yaml(List<HasMetadata> objects) {
        return objects.stream().map(object -> Serialization.asYaml(object).replaceFirst("\\A---\\n", ""))
                .collect(Collectors.joining("---\n"));
    }

    static Path write(Path directory, String sandbox, List<HasMetadata> objects) {
        Path file = directory.resolve(FileNames.safe(sandbox) + ".yaml");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, yaml(objects));
            return file;
        } catch (IOException e) {
            throw new KubernetesSandboxException("Cannot write the dry run's manifests to " + file.toAbsolutePath()
                    + "; check setting " + KubernetesSettings.DRY_RUN.key(), e);
        }
    }
}
