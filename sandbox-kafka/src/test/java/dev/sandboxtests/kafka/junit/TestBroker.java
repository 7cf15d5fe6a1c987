package dev.sandboxtests.kafka.junit;

import dev.sandboxtests.settings.SandboxSettings;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * For tests outside {@code @SandboxTest} classes: resolves {@link KafkaTestBroker} parameters with the run's
 * broker, held in the root store as {@link KafkaParameters} holds it.
 */
public final class TestBroker implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestBroker.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaTestBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SharedBroker.STORE_KEY,
                key -> SharedBroker.JVM.lease(SandboxSettings.withParameters(context::getConfigurationParameter)),
                SharedBroker.Lease.class).broker();
    }
}
