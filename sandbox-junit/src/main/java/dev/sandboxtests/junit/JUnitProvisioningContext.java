package dev.sandboxtests.junit;

import dev.sandboxtests.provider.ConfigurationAnnotations;
import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.settings.SandboxSettings;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link ProvisioningContext} backed by JUnit: providers read their annotations from the test
 * class and settings from JUnit's configuration parameters; shared resources live in the root
 * {@link ExtensionContext.Store}, so JUnit closes them when the test run ends and parallel test
 * classes share them safely.
 */
final class JUnitProvisioningContext implements ProvisioningContext {

    private final ExtensionContext classContext;
    private final SandboxSettings settings;
    private final RoutingHeaders routingHeaders;

    JUnitProvisioningContext(ExtensionContext classContext, SandboxSettings settings, RoutingHeaders routingHeaders) {
        this.classContext = classContext;
        this.settings = settings;
        this.routingHeaders = routingHeaders;
    }

    /** JUnit's configuration parameters first, then system properties and environment variables. */
    static SandboxSettings settings(ExtensionContext context) {
        return SandboxSettings.withParameters(context::getConfigurationParameter);
    }

    @Override
    public String requester() {
        return classContext.getRequiredTestClass().getName();
    }

    @Override
    public RoutingHeaders routingHeaders() {
        return routingHeaders;
    }

    @Override
    public SandboxSettings settings() {
        return settings;
    }

    @Override
    public <A extends Annotation> Optional<A> annotation(Class<A> type) {
        return ConfigurationAnnotations.find(classContext.getRequiredTestClass(), type);
    }

    @Override
    public <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
        return classContext.getRoot().getStore(SandboxExtension.NAMESPACE)
                .getOrComputeIfAbsent(key, k -> factory.get(), type);
    }
}
