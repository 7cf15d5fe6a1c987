package dev.sandboxtests.kubernetes;

import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.spec.Customizations;
import dev.sandboxtests.spec.ForkSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which image each container of a fork runs: the spec's {@code customizations.images}, else the setting
 * {@code sandbox.kubernetes.image}, else the baseline's. A short name (no {@code /}, {@code :} or {@code @}, like
 * {@code @Fork(image = "volume-discount")}) goes through the setting {@code sandbox.kubernetes.image-template}.
 *
 * <pre>{@code
 * new ForkImages("", "registry.example.com/{service}:{image}")
 *         .forContainers(fork, List.of("pricing"))   // {pricing=registry.example.com/pricing:volume-discount}
 * }</pre>
 *
 * @param defaultImage the image of forks that name none; empty for the baseline's
 * @param template     how a short name becomes a reference ({@code {service}}, {@code {image}}); empty for none
 */
record ForkImages(String defaultImage, String template) {

    /**
     * The image per container that changes; containers not in the map keep the baseline's image.
     *
     * @throws SandboxConfigurationException if an image names a container the baseline does not have, or names none
     *     while the baseline has several
     */
    Map<String, String> forContainers(ForkSpec fork, List<String> containers) {
        Map<String, String> images = new LinkedHashMap<>();
        List<Customizations.Image> given = fork.customizations().images();
        if (given.isEmpty() && !defaultImage.isEmpty()) {
            images.put(onlyContainer(fork, containers, "setting " + KubernetesSettings.IMAGE.key()), expand(fork, defaultImage));
        }
        for (Customizations.Image image : given) {
            String container = image.container() == null || image.container().isBlank()
                    ? onlyContainer(fork, containers, "customizations.images[].image '" + image.image() + "'")
                    : ForkContainers.require(fork, containers, image.container(), "customizations.images[].container");
            images.put(container, expand(fork, image.image()));
        }
        return images;
    }

    private String expand(ForkSpec fork, String image) {
        boolean shortName = !image.contains("/") && !image.contains(":") && !image.contains("@");
        if (!shortName || template.isEmpty()) {
            return image;
        }
        return template.replace("{service}", fork.service()).replace("{image}", image);
    }

    private static String onlyContainer(ForkSpec fork, List<String> containers, String what) {
        if (containers.size() != 1) {
            throw new SandboxConfigurationException("Fork of '" + fork.service() + "': " + what + " names no container,"
                    + " but the baseline's pods have " + containers.size() + " containers " + containers
                    + ". Name the container (customizations.images[].container).");
        }
        return containers.get(0);
    }
}
