package dev.sandboxtests.samples.shop.kubernetes;

import dev.sandboxtests.local.ServiceLauncher;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What {@link SimulatedKubelet} runs for a container image: a table from image reference to the launcher that starts
 * the service locally — a server in this JVM or a child JVM, the same {@link ServiceLauncher}s the local provider
 * starts. An image the table does not know is what a real kubelet reports as an image it cannot pull.
 *
 * <pre>{@code
 * ImageLaunchers images = new ImageLaunchers()
 *         .image("shop/pricing:baseline", context -> RunningService.inJvm(...));
 * }</pre>
 */
final class ImageLaunchers {

    private final Map<String, ServiceLauncher> byImage = new LinkedHashMap<>();

    /** Runs {@code launcher} for containers of {@code image}. */
    ImageLaunchers image(String image, ServiceLauncher launcher) {
        byImage.put(image, launcher);
        return this;
    }

    Optional<ServiceLauncher> launcher(String image) {
        return Optional.ofNullable(byImage.get(image));
    }

    /** The images there are launchers for, for messages. */
    TreeSet<String> images() {
        return new TreeSet<>(byImage.keySet());
    }
}
