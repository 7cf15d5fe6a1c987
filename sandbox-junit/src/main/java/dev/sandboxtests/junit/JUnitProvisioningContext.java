package dev.sandboxtests.junit;

import dev.sandboxtests.junit.local.LocalEnvironment;
import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.routing.RoutingHeaders;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * A {@link ProvisioningContext} backed by JUnit: settings come from the {@link SandboxTest}
 * annotation, and shared resources live in the root {@link ExtensionContext.Store}, so JUnit closes
 * them when the test run ends and parallel test classes share them safely.
 */
final class JUnitProvisioningContext implements ProvisioningContext {

    private final ExtensionContext classContext;
    private final SandboxTest annotation;
    private final RoutingHeaders routingHeaders;

    JUnitProvisioningContext(ExtensionContext classContext, SandboxTest annotation, RoutingHeaders routingHeaders) {
        this.classContext = classContext;
        this.annotation = annotation;
        this.routingHeaders = routingHeaders;
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
    public <T> Optional<T> setting(Class<T> type) {
        if (type == LocalEnvironment.class && annotation.environment() != LocalEnvironment.class) {
            return Optional.of(type.cast(instantiate(annotation.environment())));
        }
        return Optional.empty();
    }

    @Override
    public <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
        return classContext.getRoot().getStore(SandboxExtension.NAMESPACE)
                .getOrComputeIfAbsent(key, k -> factory.get(), type);
    }

    private Object instantiate(Class<?> environment) {
        try {
            return ReflectionSupport.newInstance(environment);
        } catch (Exception e) {
            // Exception, not RuntimeException: JUnit rethrows a missing constructor's checked
            // NoSuchMethodException without wrapping it.
            throw new ExtensionConfigurationException("@SandboxTest(environment = " + environment.getSimpleName()
                    + ".class) on " + requester() + " cannot be created: " + e
                    + ". Give it a public no-argument constructor.", e);
        }
    }
}
