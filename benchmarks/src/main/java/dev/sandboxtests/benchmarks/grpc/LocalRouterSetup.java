package dev.sandboxtests.benchmarks.grpc;

import dev.sandboxtests.junit.local.LocalEnvironment;
import dev.sandboxtests.junit.local.LocalSandboxProvider;
import dev.sandboxtests.junit.local.RunningService;
import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.spec.Fork;
import dev.sandboxtests.spec.SandboxSpec;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code echo} service as a {@code @SandboxTest} class would see it, built through the local
 * provider's public API only: a baseline {@link EchoService}, the provider's router in front of it, and
 * one sandbox whose fork (a second {@link EchoService}) gets the requests that carry its routing key.
 */
final class LocalRouterSetup implements AutoCloseable {

    static final String SERVICE = "echo";

    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private final Sandbox sandbox;

    LocalRouterSetup() {
        LocalEnvironment environment = services -> services.service(SERVICE)
                .baseline(context -> running(EchoService.start()))
                .fork("variant", context -> running(EchoService.start()));
        sandbox = new LocalSandboxProvider().create(
                SandboxSpec.builder("grpc-router-benchmark").fork(Fork.of(SERVICE)).build(),
                new Context(environment));
        toClose.push(sandbox);
        sandbox.awaitReady(Duration.ofSeconds(30));
    }

    /** The router of {@code echo}, e.g. {@code http://127.0.0.1:40123}. */
    URI router() {
        return sandbox.endpoint(SERVICE);
    }

    /** The headers that send a request to this sandbox's fork, e.g. {@code baggage: sd-routing-key=...}. */
    Map<String, String> forkHeaders() {
        return sandbox.routingHeaders().headersFor(sandbox.routingKey());
    }

    private static RunningService running(EchoService echo) {
        return RunningService.inJvm(echo.uri(), echo);
    }

    /** Stops the sandbox (its fork), then the shared environment (router and baseline). */
    @Override
    public void close() throws Exception {
        Exception failure = null;
        while (!toClose.isEmpty()) {
            try {
                toClose.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** What JUnit's context gives the provider in a test run; shared resources are closed with the setup. */
    private final class Context implements ProvisioningContext {
        private final LocalEnvironment environment;

        Context(LocalEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public String requester() {
            return GrpcRouterBenchmark.class.getName();
        }

        @Override
        public RoutingHeaders routingHeaders() {
            return RoutingHeaders.defaults();
        }

        @Override
        public <T> Optional<T> setting(Class<T> type) {
            return type == LocalEnvironment.class ? Optional.of(type.cast(environment)) : Optional.empty();
        }

        @Override
        public <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
            T resource = factory.get();
            toClose.push(resource);
            return resource;
        }
    }
}
