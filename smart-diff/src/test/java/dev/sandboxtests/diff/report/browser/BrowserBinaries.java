package dev.sandboxtests.diff.report.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.opentest4j.TestAbortedException;

/**
 * The Chromium and ChromeDriver executables the harness starts, found from the settings or at the
 * usual places. Where one is missing, a test outside CI is skipped and a test in CI fails (so a CI
 * machine without the browser cannot pass by skipping), both with a message saying where it looked
 * and what to install.
 *
 * @param chromium     the browser
 * @param chromedriver the WebDriver server for it, of the same major version
 */
record BrowserBinaries(Path chromium, Path chromedriver) {

    static final List<Path> CHROMIUM_PLACES =
            List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));
    static final Path CHROMEDRIVER_PLACE = Path.of("/usr/bin/chromedriver");

    private static final String ADVICE = "Install Debian's chromium and chromium-driver (apt-get install chromium"
            + " chromium-driver) or set " + BrowserSettings.environmentVariable(BrowserSettings.CHROMIUM) + " / "
            + BrowserSettings.environmentVariable(BrowserSettings.CHROMEDRIVER) + "; .ci/run installs them.";

    /**
     * The executables; where one is missing, throws {@link TestAbortedException} (the test is skipped)
     * outside CI and {@link ExtensionConfigurationException} (it fails) in CI.
     */
    static BrowserBinaries locateOrAbort(BrowserSettings settings) {
        List<String> lookedAt = new ArrayList<>();
        Optional<Path> chromium = find(settings, BrowserSettings.CHROMIUM, CHROMIUM_PLACES, lookedAt);
        if (chromium.isEmpty()) {
            throw unavailable("No Chromium found (looked at " + String.join(", ", lookedAt) + "). " + ADVICE,
                    settings.onCi());
        }
        lookedAt.clear();
        Optional<Path> chromedriver = find(settings, BrowserSettings.CHROMEDRIVER, driverPlaces(settings), lookedAt);
        if (chromedriver.isEmpty()) {
            throw unavailable("No ChromeDriver found (looked at " + String.join(", ", lookedAt) + "). " + ADVICE,
                    settings.onCi());
        }
        return new BrowserBinaries(chromium.get(), chromedriver.get());
    }

    /** The outcome where no browser can be had: a skip outside CI, a failure in CI. Returned for the caller to throw. */
    static RuntimeException unavailable(String message, boolean onCi) {
        return onCi ? new ExtensionConfigurationException(message + " (CI is set, so this fails instead of skipping.)")
                : new TestAbortedException(message);
    }

    /** The set path alone when the setting is given (a wrong setting is reported, not silently passed over), else the places. */
    private static Optional<Path> find(BrowserSettings settings, String key, List<Path> places, List<String> lookedAt) {
        Optional<String> set = settings.get(key);
        if (set.isPresent()) {
            Path path = Path.of(set.get());
            Optional<String> problem = problem(path);
            problem.ifPresent(text -> lookedAt.add(path + " from " + key + " / "
                    + BrowserSettings.environmentVariable(key) + ": " + text));
            return problem.isEmpty() ? Optional.of(path) : Optional.empty();
        }
        for (Path place : places) {
            Optional<String> problem = problem(place);
            if (problem.isEmpty()) {
                return Optional.of(place);
            }
            lookedAt.add(place + ": " + problem.get());
        }
        return Optional.empty();
    }

    private static List<Path> driverPlaces(BrowserSettings settings) {
        List<Path> places = new ArrayList<>(List.of(CHROMEDRIVER_PLACE));
        String path = settings.environment("PATH");
        if (path != null) {
            for (String directory : path.split(File.pathSeparator)) {
                if (!directory.isBlank()) {
                    places.add(Path.of(directory, "chromedriver"));
                }
            }
        }
        return places;
    }

    private static Optional<String> problem(Path path) {
        if (!Files.exists(path)) {
            return Optional.of("no such file");
        }
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            return Optional.of("not an executable file");
        }
        return Optional.empty();
    }
}
