package dev.sandboxtests.junit;

import dev.sandboxtests.junit.spi.SandboxParameter;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.settings.SandboxSettings;
import java.lang.reflect.Parameter;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** A test parameter in a {@code @SandboxTest} class, with what resolvers need to make its value. */
final class ResolvedParameter implements SandboxParameter {

    private final ParameterContext parameter;
    private final ExtensionContext context;

    ResolvedParameter(ParameterContext parameter, ExtensionContext context) {
        this.parameter = parameter;
        this.context = context;
    }

    @Override
    public Parameter parameter() {
        return parameter.getParameter();
    }

    @Override
    public Sandbox sandbox() {
        return SandboxExtension.sandbox(context);
    }

    @Override
    public Optional<String> namedService() {
        return parameter.findAnnotation(SandboxService.class).map(SandboxService::value);
    }

    @Override
    public String service() {
        Sandbox sandbox = sandbox();
        Optional<String> named = namedService();
        if (named.isPresent()) {
            String service = named.get();
            try {
                sandbox.endpoint(service);
            } catch (SandboxException e) {
                throw new ParameterResolutionException(e.getMessage(), e);
            }
            return service;
        }
        if (sandbox.endpoints().size() == 1) {
            return sandbox.endpoints().keySet().iterator().next();
        }
        throw new ParameterResolutionException("Parameter '" + parameter.getParameter().getName() + "' of "
                + parameter.getDeclaringExecutable() + " does not say which service it is for: annotate it with"
                + " @SandboxService(\"name\"); services: " + String.join(", ", sandbox.endpoints().keySet()) + ".");
    }

    @Override
    public <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
        sandbox(); // provisioned first, so that the resource is closed before it
        return SandboxExtension.owningClassContext(context).getStore(SandboxExtension.NAMESPACE)
                .getOrComputeIfAbsent("shared:" + key, ignored -> factory.get(), type);
    }

    @Override
    public <T extends AutoCloseable> T sharedByRun(String key, Class<T> type, Supplier<T> factory) {
        return context.getRoot().getStore(SandboxExtension.NAMESPACE)
                .getOrComputeIfAbsent("run-shared:" + key, ignored -> factory.get(), type);
    }

    @Override
    public SandboxSettings settings() {
        return JUnitProvisioningContext.settings(context);
    }

    @Override
    public SmartTest smartTest() {
        return SandboxExtension.smartTest(context);
    }
}
