package dev.sandboxtests.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Reads the JVM-wide {@code sandbox.provider} property, so nothing else may run meanwhile. */
@Isolated
class SandboxProvidersTest {

    private final ClassLoader loader = getClass().getClassLoader();
    private String saved;

    @BeforeEach
    void saveProperty() {
        saved = System.getProperty(SandboxProviders.PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (saved == null) {
            System.clearProperty(SandboxProviders.PROPERTY);
        } else {
            System.setProperty(SandboxProviders.PROPERTY, saved);
        }
    }

    @Test
    void withoutConfigurationTheLocalProviderIsChosen() {
        System.clearProperty("sandbox.provider");
        String environment = System.getenv("SANDBOX_PROVIDER");

        String expected = environment == null || environment.isBlank() ? "local" : environment.trim();
        assertThat(SandboxProviders.configuredName()).isEqualTo(expected);
        assertThat(SandboxProviders.DEFAULT_PROVIDER).isEqualTo("local");
    }

    @Test
    void theSystemPropertyChoosesTheProvider() {
        System.setProperty("sandbox.provider", " kubernetes ");

        assertThat(SandboxProviders.configuredName()).isEqualTo("kubernetes");
    }

    @Test
    void aBlankSystemPropertyCountsAsUnset() {
        System.setProperty(SandboxProviders.PROPERTY, "  ");
        String environment = System.getenv(SandboxProviders.ENVIRONMENT_VARIABLE);

        assertThat(SandboxProviders.configuredName())
                .isEqualTo(environment == null || environment.isBlank() ? "local" : environment.trim());
    }

    @Test
    void findsAProviderListedInMetaInfServices() {
        SandboxProvider provider = SandboxProviders.named("test-fixture", loader);

        assertThat(provider).isInstanceOf(FixtureSandboxProvider.class);
        assertThat(provider.name()).isEqualTo("test-fixture");
    }

    @Test
    void findsTheConfiguredProvider() {
        System.setProperty(SandboxProviders.PROPERTY, "test-fixture");

        assertThat(SandboxProviders.configured(loader)).isInstanceOf(FixtureSandboxProvider.class);
    }

    @Test
    void anUnknownNameFailsListingTheAvailableProviders() {
        assertThatThrownBy(() -> SandboxProviders.named("nope", loader))
                .isInstanceOf(SandboxException.class)
                .hasMessageStartingWith("No sandbox provider named 'nope' is on the class path")
                .hasMessageContaining("sandbox.provider / SANDBOX_PROVIDER")
                .hasMessageContaining("Available: test-fixture.")
                .hasMessageContaining("Add the module that provides it as a test dependency");
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
