package dev.sandboxtests.benchmarks.grpc;

import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.local.LocalServices;
import dev.sandboxtests.local.RunningService;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import java.net.URI;
import java.util.Map;

/**
 * The {@code echo} service as a {@code @SandboxTest} class would see it, built through the public API a
 * user has outside JUnit, a {@link SandboxSession} configured by this class's {@link LocalSandbox}: a
 * baseline {@link EchoService}, the local provider's router in front of it, and one sandbox whose fork
 * (a second {@link EchoService}) gets the requests that carry its routing key.
 */
@LocalSandbox(LocalRouterSetup.Echo.class)
final class LocalRouterSetup implements AutoCloseable {

    static final String SERVICE = "echo";

    private final SandboxSession session;
    private final Sandbox sandbox;

    LocalRouterSetup() {
        session = SandboxSession.builder(LocalRouterSetup.class).parameter("sandbox.provider", "local").build();
        try {
            sandbox = session.start(SandboxSpec.builder("grpc-router-benchmark").fork(ForkSpec.of(SERVICE)).build());
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** The router of {@code echo}, e.g. {@code http://127.0.0.1:40123}. */
    URI router() {
        return sandbox.endpoint(SERVICE);
    }

    /** The headers that send a request to this sandbox's fork, e.g. {@code baggage: sd-routing-key=...}. */
    Map<String, String> forkHeaders() {
        return sandbox.routingHeaders().headersFor(sandbox.routingKey());
    }

    /** Stops the sandbox (its fork), then the shared environment (router and baseline). */
    @Override
    public void close() {
        session.close();
    }

    /** One service, {@code echo}: an {@link EchoService} as baseline and another as its only fork variant. */
    public static final class Echo implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service(SERVICE)
                    .baseline(context -> running(EchoService.start()))
                    .fork("variant", context -> running(EchoService.start()));
        }

        private static RunningService running(EchoService echo) {
            return RunningService.inJvm(echo.uri(), echo);
        }
    }
}
