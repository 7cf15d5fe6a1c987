package dev.sandboxtests.benchmarks.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmark's set-up, run once without JMH: each path answers, and the sandbox session it opens
 * through the public API leaves no router listening when it closes.
 */
class GrpcRouterBenchmarkSetupTest {

    @ParameterizedTest
    @ValueSource(strings = {"direct", "router", "routerFork"})
    void everyPathAnswersTheMessage(String path) throws Exception {
        GrpcRouterBenchmark benchmark = new GrpcRouterBenchmark();
        benchmark.path = path;
        benchmark.start();
        try {
            assertThat(benchmark.latency()).hasSize(64);
        } finally {
            benchmark.stop();
        }
    }

    @Test
    void closingTheSetupStopsTheRouter() {
        URI router;
        try (LocalRouterSetup setup = new LocalRouterSetup()) {
            router = setup.router();
            assertThat(setup.forkHeaders()).containsKey("baggage");
        }
        assertThatThrownBy(() -> new Socket(router.getHost(), router.getPort()).close()).isInstanceOf(IOException.class);
    }
}
