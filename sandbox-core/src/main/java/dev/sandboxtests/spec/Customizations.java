package dev.sandboxtests.spec;

import java.util.List;
import java.util.Map;

/**
 * What makes a fork different from its baseline.
 *
 * @param images images to run instead of the baseline's; on the local provider an image names one
 *               of the fork variants that the local environment declares for the service
 * @param env    environment variables added to (or replacing those of) the baseline
 */
public record Customizations(List<Image> images, List<EnvVar> env) {

    public static final Customizations NONE = new Customizations(List.of(), List.of());

    public Customizations {
        images = images == null ? List.of() : List.copyOf(images);
        env = env == null ? List.of() : List.copyOf(env);
    }

    /** The environment as a map, later entries winning. */
    public Map<String, String> envMap() {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        env.forEach(e -> map.put(e.name(), e.value()));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The first image, if any: the one a single-container service runs. */
    public java.util.Optional<String> image() {
        return images.stream().map(Image::image).findFirst();
    }

    /** An image for one container ({@code container} may be null for the only container). */
    public record Image(String image, String container) {
        public Image {
            if (image == null || image.isBlank()) {
                throw new IllegalArgumentException("customizations.images[].image must not be empty");
            }
        }
    }

    /** One environment variable for one container ({@code container} may be null for all). */
    public record EnvVar(String name, String value, String container) {
        public EnvVar {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("customizations.env[].name must not be empty");
            }
            value = value == null ? "" : value;
        }
    }
}
