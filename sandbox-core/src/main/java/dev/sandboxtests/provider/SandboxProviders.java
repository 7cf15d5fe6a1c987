package dev.sandboxtests.provider;

import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.settings.Setting;
import dev.sandboxtests.spec.SandboxSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the configured {@link SandboxProvider}: the setting {@link #PROVIDER} ({@code sandbox.provider},
 * read by {@link SandboxSettings}), {@value #DEFAULT_PROVIDER} unless something sets it.
 *
 * <pre>{@code
 * mvn verify -Dsandbox.provider=kubernetes
 * }</pre>
 */
public final class SandboxProviders {

    public static final String DEFAULT_PROVIDER = "local";

    /** {@code sandbox.provider} ({@code SANDBOX_PROVIDER}): which provider creates sandboxes. */
    public static final Setting<String> PROVIDER = Setting.text("sandbox.provider", DEFAULT_PROVIDER,
            "which SandboxProvider creates sandboxes (local, or the name of a provider module on the test class path)");

    /** {@code sandbox.ready-timeout}: how long a new sandbox may take to be ready, unless the test says. */
    public static final Setting<Duration> READY_TIMEOUT = Setting.duration("sandbox.ready-timeout",
            "2m", "how long a sandbox may take to be ready (@SandboxTest(readyTimeout) overrides it)");

    private SandboxProviders() {
    }

    /**
     * Creates a sandbox and waits until it is ready; if it does not become ready, it is closed before
     * the exception is thrown, so that nothing it started is left running.
     *
     * @throws SandboxException saying why the sandbox could not be created or made ready
     */
    public static Sandbox start(SandboxProvider provider, SandboxSpec spec, ProvisioningContext context,
            Duration readyTimeout) {
        Sandbox created = provider.create(spec, context);
        if (created == null) {
            throw new SandboxException("Provider '" + provider.name() + "' returned no sandbox for " + spec.name() + ".");
        }
        List<SandboxListener> listeners = listeners(provider.getClass().getClassLoader());
        Sandbox sandbox = listeners.isEmpty() ? created : new ListenedSandbox(created, listeners, context);
        try {
            sandbox.awaitReady(readyTimeout);
            for (SandboxListener listener : listeners) {
                listener.sandboxReady(sandbox, context);
            }
            return sandbox;
        } catch (RuntimeException | Error e) {
            try {
                sandbox.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The provider that {@code settings} choose. */
    public static SandboxProvider configured(SandboxSettings settings, ClassLoader loader) {
        return named(settings.get(PROVIDER), loader);
    }

    /** The {@link SandboxListener}s on the class path. */
    private static List<SandboxListener> listeners(ClassLoader loader) {
        try {
            List<SandboxListener> listeners = new ArrayList<>();
            ServiceLoader.load(SandboxListener.class, loader).forEach(listeners::add);
            return List.copyOf(listeners);
        } catch (ServiceConfigurationError e) {
            throw new SandboxConfigurationException("A sandbox listener on the class path cannot be loaded: "
                    + e.getMessage() + ". Check that the sandbox-tests modules on the class path share one version.", e);
        }
    }

    /**
     * @throws SandboxConfigurationException if no provider on the class path has that name, listing those that do
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
            throw new SandboxConfigurationException("A sandbox provider on the class path cannot be loaded: "
                    + e.getMessage() + ". Check the META-INF/services/" + SandboxProvider.class.getName()
                    + " entries of your test dependencies.", e);
        }
        throw new SandboxConfigurationException("No sandbox provider named '" + name + "' is on the class path (chosen by "
                + PROVIDER.key() + " / " + PROVIDER.environmentVariable() + "). Available: "
                + (available.isEmpty() ? "none" : String.join(", ", available)) + ". Add the module that provides it"
                + " (e.g. sandbox-" + name + ") as a test dependency, or choose one of those available.");
    }
}
