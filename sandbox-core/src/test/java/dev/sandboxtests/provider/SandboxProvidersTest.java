package dev.sandboxtests.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.settings.SandboxSettings;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxProvidersTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void theDefaultProviderIsLocal() {
        assertThat(SandboxProviders.PROVIDER.defaultValue()).isEqualTo("local");
        assertThat(SandboxProviders.PROVIDER.key()).isEqualTo("sandbox.provider");
        assertThat(SandboxProviders.PROVIDER.environmentVariable()).isEqualTo("SANDBOX_PROVIDER");
    }

    @Test
    void findsAProviderListedInMetaInfServices() {
        SandboxProvider provider = SandboxProviders.named("test-fixture", loader);

        assertThat(provider).isInstanceOf(FixtureSandboxProvider.class);
        assertThat(provider.name()).isEqualTo("test-fixture");
    }

    @Test
    void findsTheConfiguredProvider() {
        SandboxSettings settings = SandboxSettings.withParameters(Map.of("sandbox.provider", " test-fixture "));

        assertThat(SandboxProviders.configured(settings, loader)).isInstanceOf(FixtureSandboxProvider.class);
    }

    @Test
    void anUnknownNameFailsListingTheAvailableProviders() {
        assertThatThrownBy(() -> SandboxProviders.named("nope", loader))
                .isInstanceOf(SandboxConfigurationException.class)
                .hasMessageStartingWith("No sandbox provider named 'nope' is on the class path")
                .hasMessageContaining("sandbox.provider / SANDBOX_PROVIDER")
                .hasMessageContaining("Available: test-fixture.")
                .hasMessageContaining("Add the module that provides it (e.g. sandbox-nope) as a test dependency");
    }

    @Test
    void namesAreMatchedExactly() {
        assertThatThrownBy(() -> SandboxProviders.named("Test-Fixture", loader))
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("Available: test-fixture.");
    }

    @Test
    void saysSoWhenNoProviderIsOnTheClassPath() throws Exception {
        // Only the platform's classes: no META-INF/services entry is visible to this loader.
        try (URLClassLoader empty = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> SandboxProviders.named("local", empty))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining("Available: none.");
        }
    }
}
