package dev.sandboxtests.diff.report.browser;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where the browser harness reads its settings, in the order of every Sandbox Tests setting: JUnit
 * configuration parameter or system property (JUnit's own lookup covers both), then environment
 * variable. smart-diff knows nothing of sandbox-core, so the two keys follow core's naming
 * ({@code sandbox.tests.chromium} and {@code SANDBOX_TESTS_CHROMIUM}) without its {@code Setting} type.
 *
 * <p>Both sources are functions so that a test decides what they hold instead of changing the JVM's
 * system properties or environment.
 */
final class BrowserSettings {

    /** The Chromium (or Chrome) executable; by default the first of Debian's and Google's usual paths. */
    static final String CHROMIUM = "sandbox.tests.chromium";
    /** The ChromeDriver executable, of the same major version; by default /usr/bin/chromedriver, then PATH. */
    static final String CHROMEDRIVER = "sandbox.tests.chromedriver";

    private final Function<String, Optional<String>> configuration;
    private final Function<String, String> environment;

    BrowserSettings(Function<String, Optional<String>> configuration, Function<String, String> environment) {
        this.configuration = configuration;
        this.environment = environment;
    }

    /** The settings a test class sees: its JUnit configuration (which includes system properties) and the environment. */
    static BrowserSettings of(ExtensionContext context) {
        return new BrowserSettings(context::getConfigurationParameter, System::getenv);
    }

    /** The setting's value, or empty when neither source sets it (or sets it blank). */
    Optional<String> get(String key) {
        return configuration.apply(key).or(() -> Optional.ofNullable(environment.apply(environmentVariable(key))))
                .map(String::trim).filter(value -> !value.isEmpty());
    }

    /** The environment variable: the key upper-cased, dots and dashes as underscores, e.g. {@code SANDBOX_TESTS_CHROMIUM}. */
    static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** An environment variable as it is, e.g. {@code PATH}; null when unset. */
    String environment(String name) {
        return environment.apply(name);
    }

    /** True where the environment variable {@code CI} is set to anything but {@code false}, as CI services set it. */
    boolean onCi() {
        String ci = environment.apply("CI");
        return ci != null && !ci.trim().equalsIgnoreCase("false");
    }
}
