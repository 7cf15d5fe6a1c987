package dev.sandboxtests.settings;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads {@link Setting}s, the one place that does. For each setting, the first of these that has a
 * value wins:
 * <ol>
 *   <li>a <b>JUnit configuration parameter</b> of the setting's key: {@code junit-platform.properties},
 *       Surefire's {@code configurationParameters}, the launcher's {@code --config} (JUnit itself also
 *       answers with a system property of that key, ahead of {@code junit-platform.properties});</li>
 *   <li>a <b>system property</b> of the key: {@code -Dsandbox.provider=kubernetes};</li>
 *   <li>an <b>environment variable</b>: the key upper-cased with dots and dashes as underscores,
 *       {@code SANDBOX_PROVIDER};</li>
 *   <li>the setting's default.</li>
 * </ol>
 * Outside JUnit (in a service, a benchmark, a {@link dev.sandboxtests.provider.SandboxSession}) there
 * are no configuration parameters, or those given explicitly.
 *
 * <pre>{@code
 * SandboxSettings settings = SandboxSettings.withParameters(context::getConfigurationParameter);
 * String provider = settings.get(SandboxProviders.PROVIDER);
 * }</pre>
 *
 * <p>Instances are immutable; they read the system properties and environment when asked, so a
 * value set after they were made is seen.
 */
public final class SandboxSettings {

    private static final SandboxSettings SYSTEM = new SandboxSettings(key -> Optional.empty(), System::getenv);

    private final Function<String, Optional<String>> parameters;
    private final Function<String, String> environment;

    private SandboxSettings(Function<String, Optional<String>> parameters, Function<String, String> environment) {
        this.parameters = parameters;
        this.environment = environment;
    }

    /** System properties, then environment variables: what a service or a plain {@code main} sees. */
    public static SandboxSettings fromSystem() {
        return SYSTEM;
    }

    /**
     * Configuration parameters first (for instance JUnit's {@code ExtensionContext::getConfigurationParameter}),
     * then system properties, then environment variables.
     */
    public static SandboxSettings withParameters(Function<String, Optional<String>> parameters) {
        return new SandboxSettings(Objects.requireNonNull(parameters, "parameters"), System::getenv);
    }

    /** Configuration parameters given as a map, then system properties, then environment variables. */
    public static SandboxSettings withParameters(Map<String, String> parameters) {
        Map<String, String> copy = Map.copyOf(parameters);
        return withParameters(key -> Optional.ofNullable(copy.get(key)));
    }

    /** The same settings, but with {@code environment} in place of the process's environment variables (for tests). */
    SandboxSettings withEnvironment(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return new SandboxSettings(parameters, copy::get);
    }

    /**
     * The setting's value.
     *
     * @throws InvalidSettingException if the value given is not valid, naming where it was given,
     *         what was given and what is accepted
     */
    public <T> T get(Setting<T> setting) {
        Optional<Given> given = given(setting);
        if (given.isEmpty()) {
            return setting.defaultValue();
        }
        try {
            return setting.parse(given.get().text());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(setting, given.get().origin(), given.get().text(), e);
        }
    }

    /** Whether anything sets {@code setting}, as opposed to its default applying. */
    public boolean isSet(Setting<?> setting) {
        return given(setting).isPresent();
    }

    private Optional<Given> given(Setting<?> setting) {
        Optional<String> parameter = parameters.apply(setting.key()).filter(SandboxSettings::present);
        if (parameter.isPresent()) {
            return Optional.of(new Given(parameter.get(), "configuration parameter " + setting.key()));
        }
        String property = System.getProperty(setting.key());
        if (present(property)) {
            return Optional.of(new Given(property, "system property " + setting.key()));
        }
        String variable = environment.apply(setting.environmentVariable());
        if (present(variable)) {
            return Optional.of(new Given(variable, "environment variable " + setting.environmentVariable()));
        }
        return Optional.empty();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private record Given(String text, String origin) {
    }
}
