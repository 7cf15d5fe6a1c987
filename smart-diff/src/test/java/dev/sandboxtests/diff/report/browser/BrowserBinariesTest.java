package dev.sandboxtests.diff.report.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Finding the browser, and what happens when there is none: a skip on a laptop, a failure in CI. */
class BrowserBinariesTest {

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private final BrowserSettings settings =
            new BrowserSettings(key -> Optional.ofNullable(properties.get(key)), environment::get);

    @TempDir
    Path directory;

    private Path executable(String name) throws IOException {
        return Files.createFile(directory.resolve(name),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    @Test
    void aMissingBrowserSkipsOutsideCi() {
        properties.put(BrowserSettings.CHROMIUM, "/nonexistent/chromium");

        assertThatThrownBy(() -> BrowserBinaries.locateOrAbort(settings)).isExactlyInstanceOf(TestAbortedException.class)
                .hasMessage("No Chromium found (looked at /nonexistent/chromium from sandbox.tests.chromium /"
                        + " SANDBOX_TESTS_CHROMIUM: no such file). Install Debian's chromium and chromium-driver"
                        + " (apt-get install chromium chromium-driver) or set SANDBOX_TESTS_CHROMIUM /"
                        + " SANDBOX_TESTS_CHROMEDRIVER; .ci/run installs them.");
    }

    @Test
    void aMissingBrowserFailsInCi() {
        properties.put(BrowserSettings.CHROMIUM, "/nonexistent/chromium");
        environment.put("CI", "true");

        assertThatThrownBy(() -> BrowserBinaries.locateOrAbort(settings)).isExactlyInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("No Chromium found (looked at /nonexistent/chromium")
                .hasMessageEndingWith("(CI is set, so this fails instead of skipping.)");
    }

    @Test
    void ciSetToFalseIsNotCi() {
        environment.put(BrowserSettings.environmentVariable(BrowserSettings.CHROMIUM), "/nonexistent/chromium");
        environment.put("CI", "false");

        assertThatThrownBy(() -> BrowserBinaries.locateOrAbort(settings)).isExactlyInstanceOf(TestAbortedException.class)
                .hasMessageContaining("/nonexistent/chromium from sandbox.tests.chromium");
    }

    @Test
    void aMissingDriverIsReportedAsSuch() throws IOException {
        properties.put(BrowserSettings.CHROMIUM, executable("chromium").toString());
        properties.put(BrowserSettings.CHROMEDRIVER, directory.resolve("chromedriver").toString());

        assertThatThrownBy(() -> BrowserBinaries.locateOrAbort(settings)).isExactlyInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("No ChromeDriver found (looked at " + directory.resolve("chromedriver"));
    }

    @Test
    void aFileThatCannotRunIsNotABrowser() throws IOException {
        properties.put(BrowserSettings.CHROMIUM, Files.createFile(directory.resolve("chromium")).toString());

        assertThatThrownBy(() -> BrowserBinaries.locateOrAbort(settings))
                .hasMessageContaining("chromium from sandbox.tests.chromium / SANDBOX_TESTS_CHROMIUM: not an executable file");
    }

    @Test
    void takesTheExecutablesTheSettingsName() throws IOException {
        Path chromium = executable("chromium");
        Path chromedriver = executable("chromedriver");
        environment.put("SANDBOX_TESTS_CHROMIUM", chromium.toString());
        properties.put(BrowserSettings.CHROMEDRIVER, chromedriver.toString());

        assertThat(BrowserBinaries.locateOrAbort(settings)).isEqualTo(new BrowserBinaries(chromium, chromedriver));
    }
}
