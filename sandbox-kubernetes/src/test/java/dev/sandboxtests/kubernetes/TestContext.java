package dev.sandboxtests.kubernetes;

import dev.sandboxtests.provider.ConfigurationAnnotations;
import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.settings.SandboxSettings;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** What a test class asking for a sandbox gives the provider: settings, headers, its annotations. */
record TestContext(Class<?> configuredBy, Map<String, String> parameters) implements ProvisioningContext {

    static TestContext of(Class<?> requester, String... keysAndValues) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new TestContext(requester, parameters);
    }

    @Override
    public String requester() {
        return configuredBy.getName();
    }

    @Override
    public RoutingHeaders routingHeaders() {
        return RoutingHeaders.from(settings());
    }

    @Override
    public SandboxSettings settings() {
        return SandboxSettings.withParameters(parameters);
    }

    @Override
    public <A extends Annotation> Optional<A> annotation(Class<A> type) {
        return ConfigurationAnnotations.find(configuredBy, type);
    }

    @Override
    public <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
        throw new UnsupportedOperationException("the provider under test is given its client");
    }
}
