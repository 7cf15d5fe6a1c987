package dev.sandboxtests.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the configured {@link SandboxProvider}: system property {@value #PROPERTY}, else environment
 * variable {@value #ENVIRONMENT_VARIABLE}, else {@value #DEFAULT_PROVIDER}.
 *
 * <pre>{@code
 * mvn verify -Dsandbox.provider=kubernetes
 * }</pre>
 */
public final class SandboxProviders {

    public static final String PROPERTY = "sandbox.provider";
    public static final String ENVIRONMENT_VARIABLE = "SANDBOX_PROVIDER";
    public static final String DEFAULT_PROVIDER = "local";

    private SandboxProviders() {
    }

    /** The name chosen by configuration. */
    public static String configuredName() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            name = System.getenv(ENVIRONMENT_VARIABLE);
        }
        return name == null || name.isBlank() ? DEFAULT_PROVIDER : name.trim();
    }

    /** The provider chosen by configuration. */
    public static SandboxProvider configured(ClassLoader loader) {
        return named(configuredName(), loader);
    }

    /**
     * @throws SandboxException if no provider on the class path has that name, listing those that do
     */
    public static SandboxProvider named(String name, ClassLoader loader) {
        List<String> available = new ArrayList<>();
        try {
            for (SandboxProvider provider : ServiceLoader.load(SandboxProvider.class, loader)) {
                if (provider.name().equals(name)) {
                    return provider;
                }
                available.add(provider.name());
            }
        } catch (ServiceConfigurationError e) {
            throw new SandboxException("A sandbox provider on the class path cannot be loaded: " + e.getMessage()
                    + ". Check the META-INF/services/" + SandboxProvider.class.getName() + " entries of your test dependencies.", e);
        }
        throw new SandboxException("No sandbox provider named '" + name + "' is on the class path (chosen by "
                + PROPERTY + " / " + ENVIRONMENT_VARIABLE + "). Available: " + (available.isEmpty() ? "none"
                : String.join(", ", available)) + ". Add the module that provides it as a test dependency,"
                + " or choose one of those available.");
    }
}
