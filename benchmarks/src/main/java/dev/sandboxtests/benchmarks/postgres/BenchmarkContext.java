package dev.sandboxtests.benchmarks.postgres;

import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.settings.SandboxSettings;
import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The provisioning context a provider would hand the plugin: system settings, and a shared place closed,
 * last first, with the benchmark (the embedded server lives there).
 */
final class BenchmarkContext implements ProvisioningContext, AutoCloseable {

    private final Map<String, AutoCloseable> shared = new HashMap<>();
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();

    @Override
    public String requester() {
        return TemplateCopyTiming.class.getName();
    }

    @Override
    public RoutingHeaders routingHeaders() {
        return RoutingHeaders.from(settings());
    }

    @Override
    public SandboxSettings settings() {
        return SandboxSettings.fromSystem();
    }

    @Override
    public <A extends Annotation> Optional<A> annotation(Class<A> type) {
        return Optional.empty();
    }

    @Override
    public synchronized <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
        return type.cast(shared.computeIfAbsent(key, absent -> {
            T made = factory.get();
            toClose.push(made);
            return made;
        }));
    }

    @Override
    public synchronized void close() throws Exception {
        while (!toClose.isEmpty()) {
            toClose.pop().close();
        }
    }
}
