package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.spec.Customizations;
import dev.sandboxtests.spec.ForkOf;
import dev.sandboxtests.spec.ForkSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which image a fork's container runs: the spec's, the pull request's build, or the baseline's. */
class ForkImagesTest {

    private static final List<String> ONE = List.of("pricing");

    @Test
    void aShortNameGoesThroughTheTemplateAndAReferenceIsUsedAsGiven() {
        ForkImages images = new ForkImages("", "registry.example.com/{service}:{image}");
        assertThat(images.forContainers(fork("volume-discount", null), ONE))
                .containsEntry("pricing", "registry.example.com/pricing:volume-discount");
        assertThat(images.forContainers(fork("ghcr.io/shop/pricing:pr-42", null), ONE))
                .containsEntry("pricing", "ghcr.io/shop/pricing:pr-42");
    }

    @Test
    void theDefaultImageRunsInForksThatNameNoneAndNoSettingKeepsTheBaselines() {
        assertThat(new ForkImages("ghcr.io/shop/pricing:pr-42", "").forContainers(ForkSpec.of("pricing"), ONE))
                .containsEntry("pricing", "ghcr.io/shop/pricing:pr-42");
        assertThat(new ForkImages("", "").forContainers(ForkSpec.of("pricing"), ONE)).isEmpty();
    }

    @Test
    void severalContainersNeedTheContainerNamed() {
        ForkImages images = new ForkImages("", "");
        assertThat(images.forContainers(fork("pricing:2", "app"), List.of("app", "cache"))).containsEntry("app", "pricing:2");
        assertThatThrownBy(() -> images.forContainers(fork("pricing:2", null), List.of("app", "cache")))
                .isInstanceOf(SandboxConfigurationException.class)
                .hasMessageContaining("names no container").hasMessageContaining("[app, cache]");
    }

    private static ForkSpec fork(String image, String container) {
        return new ForkSpec(ForkOf.service("pricing"),
                new Customizations(List.of(new Customizations.Image(image, container)), List.of()));
    }
}
