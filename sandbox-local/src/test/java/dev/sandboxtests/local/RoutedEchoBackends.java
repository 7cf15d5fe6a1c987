package dev.sandboxtests.local;

import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.grpc.ManagedChannel;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The set-up of the router's gRPC tests: one router for {@code inventory} per test class (an Armeria
 * server takes about two seconds to stop) with a grpc-java channel to it, and for each test a fresh
 * echo baseline and echo fork behind it, the fork routed by {@link #key}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RoutedEchoBackends {

    static final String FORK_DESCRIPTION = "fork 'a' of 'inventory' in sandbox 'sandbox-a'";

    ServiceRouter router;
    ManagedChannel channel;

    final Resources resources = new Resources();
    final RoutingKey key = RoutingKey.random();
    EchoBackend baseline;
    EchoBackend fork;

    @BeforeAll
    void startRouter() {
        router = new ServiceRouter("inventory", RoutingHeaders.defaults());
        channel = EchoClient.channelTo(router.uri());
    }

    @AfterAll
    void stopRouter() throws InterruptedException {
        channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        router.close();
    }

    @BeforeEach
    void startBackends() throws IOException {
        baseline = resources.add(EchoBackend.start("baseline"));
        fork = resources.add(EchoBackend.start("fork-a"));
        router.routeBaseline(baseline.asService());
        router.routeFork(key, fork.asService(), FORK_DESCRIPTION);
        resources.add(() -> router.unrouteFork(key));
    }

    @AfterEach
    void stopBackends() throws Exception {
        resources.close();
    }
}
