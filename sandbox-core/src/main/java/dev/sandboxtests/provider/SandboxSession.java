package dev.sandboxtests.provider;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.spec.SandboxSpec;
import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Sandboxes outside JUnit: in a {@code main}, a JMH benchmark, another test framework. A session reads
 * the provider's configuration from the annotations of a class, exactly as {@code @SandboxTest} reads
 * them from a test class, and the settings from system properties and environment variables (and
 * parameters given to the builder, which stand where JUnit configuration parameters stand).
 * Closing the session closes every sandbox it started that is still open, then what they shared
 * (the local provider's baselines and routers), last started first.
 *
 * <pre>{@code
 * @LocalSandbox(Shop.class)
 * final class Benchmark {
 *     void run() {
 *         try (SandboxSession session = SandboxSession.forClass(Benchmark.class)) {
 *             Sandbox sandbox = session.start(SandboxSpec.builder("bench").fork(ForkSpec.of("pricing")).build());
 *             URI pricing = sandbox.endpoint("pricing");
 *             Map<String, String> routeToFork = sandbox.routingHeaders().headersFor(sandbox.routingKey());
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Thread-safe: sandboxes may be started from several threads.
 */
public final class SandboxSession implements AutoCloseable {

    private final Class<?> configuredBy;
    private final SandboxSettings settings;
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private final Map<String, FutureTask<AutoCloseable>> shared = new HashMap<>();
    private boolean closed;

    private SandboxSession(Class<?> configuredBy, SandboxSettings settings) {
        this.configuredBy = configuredBy;
        this.settings = settings;
    }

    /** A session configured by the annotations of {@code configuredBy} and by system settings. */
    public static SandboxSession forClass(Class<?> configuredBy) {
        return builder(configuredBy).build();
    }

    /** A builder for a session configured by the annotations of {@code configuredBy}. */
    public static Builder builder(Class<?> configuredBy) {
        return new Builder(Objects.requireNonNull(configuredBy, "configuredBy"));
    }

    /** The settings this session's sandboxes are made with. */
    public SandboxSettings settings() {
        return settings;
    }

    /**
     * Creates a sandbox with the configured provider and waits until it is ready (setting
     * {@code sandbox.ready-timeout}); a sandbox that does not become ready is closed again.
     *
     * @throws SandboxException saying why the sandbox could not be created or made ready
     */
    public Sandbox start(SandboxSpec spec) {
        Objects.requireNonNull(spec, "spec");
        SandboxProvider provider = SandboxProviders.configured(settings, configuredBy.getClassLoader());
        RoutingHeaders headers = RoutingHeaders.from(settings);
        Sandbox sandbox = SandboxProviders.start(provider, spec, new Context(headers),
                settings.get(SandboxProviders.READY_TIMEOUT));
        synchronized (this) {
            if (closed) {
                sandbox.close();
                throw new SandboxException("The session of " + configuredBy.getName() + " was closed while sandbox '"
                        + spec.name() + "' started; it has been closed too.");
            }
            toClose.push(sandbox);
        }
        return sandbox;
    }

    /** Closes the open sandboxes, then the resources they shared; reports every failure, after trying all. */
    @Override
    public void close() {
        Deque<AutoCloseable> closing;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            closing = new ArrayDeque<>(toClose);
            toClose.clear();
        }
        SandboxException failure = new SandboxException("Could not close everything the session of "
                + configuredBy.getName() + " started");
        for (AutoCloseable resource : closing) {
            try {
                resource.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    /** Builds a {@link SandboxSession}. */
    public static final class Builder {
        private final Class<?> configuredBy;
        private final Map<String, String> parameters = new LinkedHashMap<>();

        private Builder(Class<?> configuredBy) {
            this.configuredBy = configuredBy;
        }

        /** A setting that wins over system properties and environment variables, e.g. {@code sandbox.provider}. */
        public Builder parameter(String key, String value) {
            parameters.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public SandboxSession build() {
            return new SandboxSession(configuredBy, SandboxSettings.withParameters(parameters));
        }
    }

    private final class Context implements ProvisioningContext {
        private final RoutingHeaders headers;

        Context(RoutingHeaders headers) {
            this.headers = headers;
        }

        @Override
        public String requester() {
            return configuredBy.getName();
        }

        @Override
        public RoutingHeaders routingHeaders() {
            return headers;
        }

        @Override
        public SandboxSettings settings() {
            return settings;
        }

        @Override
        public <A extends Annotation> Optional<A> annotation(Class<A> type) {
            return ConfigurationAnnotations.find(configuredBy, type);
        }

        /**
         * Made once per key; the factory runs without holding the session's lock, so that it may itself ask
         * for other shared things, from any thread (a service started for an environment asks for a database
         * server while the environment is being made).
         */
        @Override
        public <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
            FutureTask<AutoCloseable> task;
            boolean makesIt = false;
            synchronized (SandboxSession.this) {
                if (closed) {
                    throw new SandboxException("The session of " + configuredBy.getName() + " is closed.");
                }
                task = shared.get(key);
                if (task == null) {
                    task = new FutureTask<>(() -> Objects.requireNonNull(factory.get(), "shared resource " + key));
                    shared.put(key, task);
                    makesIt = true;
                }
            }
            if (makesIt) {
                task.run();
            }
            AutoCloseable made;
            try {
                made = task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SandboxException("Interrupted while waiting for the shared resource " + key, e);
            } catch (ExecutionException e) {
                synchronized (SandboxSession.this) {
                    shared.remove(key, task); // the next caller tries again
                }
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new SandboxException("Could not make the shared resource " + key + ": " + e.getCause(), e.getCause());
            }
            if (makesIt) {
                synchronized (SandboxSession.this) {
                    if (!closed) {
                        toClose.push(made);
                        return type.cast(made);
                    }
                }
                // The session closed while it was being made: nobody else would close it.
                SandboxException closedMeanwhile = new SandboxException("The session of " + configuredBy.getName()
                        + " is closed.");
                try {
                    made.close();
                } catch (Exception e) {
                    closedMeanwhile.addSuppressed(e);
                }
                throw closedMeanwhile;
            }
            return type.cast(made);
        }
    }
}
