package dev.sandboxtests.postgres;

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
 * A provisioning context as a provider gets one, for tests that create resources with
 * {@code SandboxResources.create} directly: the given settings as configuration parameters, and a shared
 * place that closes what it holds, last first.
 */
final class RunContext implements ProvisioningContext, AutoCloseable {

    private final SandboxSettings settings;
    private final Map<String, AutoCloseable> shared = new HashMap<>();
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();

    private RunContext(Map<String, String> parameters) {
        this.settings = SandboxSettings.withParameters(parameters);
    }

    /** Settings that name {@code server}'s PostgreSQL, so that the plugin uses it. */
    static RunContext on(EmbeddedPostgresServer server) {
        return new RunContext(Map.of(PostgresSettings.URL.key(), server.adminUrl(),
                PostgresSettings.USERNAME.key(), server.username()));
    }

    static RunContext with(Map<String, String> parameters) {
        return new RunContext(parameters);
    }

    @Override
    public String requester() {
        return "sandbox-postgres tests";
    }

    @Override
    public RoutingHeaders routingHeaders() {
        return RoutingHeaders.from(settings);
    }

    @Override
    public SandboxSettings settings() {
        return settings;
    }

    @Override
    public <A extends Annotation> Optional<A> annotation(Class<A> type) {
        return Optional.empty();
    }

    @Override
    public synchronized <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
        AutoCloseable existing = shared.get(key);
        if (existing == null) {
            existing = factory.get();
            shared.put(key, existing);
            toClose.push(existing);
        }
        return type.cast(existing);
    }

    @Override
    public synchronized void close() {
        while (!toClose.isEmpty()) {
            try {
                toClose.pop().close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close a shared thing of the test run", e);
            }
        }
    }
}
