package dev.sandboxtests.grpc.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoReply;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.Scenario;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.routing.RoutingKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Two classes in parallel, each with its own fork of echo: every call reaches its own class's fork. */
class GrpcParallelSandboxesTest {

    static final CyclicBarrier BOTH_SANDBOXES_UP = new CyclicBarrier(2);
    static final Map<String, RoutingKey> KEYS = new ConcurrentHashMap<>();

    @Test
    void twoClassesInParallelNeverReachEachOthersFork() {
        KEYS.clear();
        EngineTestKit.engine("junit-jupiter")
                .enableImplicitConfigurationParameters(false)
                .configurationParameter(Scenario.RUN_PARAMETER, "true")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
                .selectors(selectClass(LoudScenario.class), selectClass(BreakingScenario.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));

        assertThat(KEYS).containsOnlyKeys("loud", "breaks-mid-stream");
        assertThat(KEYS.get("loud")).isNotEqualTo(KEYS.get("breaks-mid-stream"));
    }

    /** 100 calls while the other sandbox is up, each answered by this sandbox's fork with this sandbox's key. */
    static void callRepeatedly(EchoGrpc.EchoBlockingStub echo, RoutingKey key, String fork) throws Exception {
        KEYS.put(fork, key);
        BOTH_SANDBOXES_UP.await(60, TimeUnit.SECONDS);
        for (int i = 0; i < 100; i++) {
            EchoReply reply = echo.withDeadlineAfter(10, TimeUnit.SECONDS).say(EchoRequest.newBuilder().setText("whoami").build());
            assertThat(reply.getServedBy()).isEqualTo(fork);
            assertThat(reply.getRoutingKey()).isEqualTo(key.value());
        }
    }

    @SandboxTest(forks = @Fork(value = "echo", image = "loud"))
    @LocalSandbox(EchoGrpcEnvironment.class)
    @Scenario
    static class LoudScenario {
        @Test
        void reachesTheLoudFork(@SandboxService("echo") EchoGrpc.EchoBlockingStub echo, RoutingKey key) throws Exception {
            callRepeatedly(echo, key, "loud");
        }
    }

    @SandboxTest(forks = @Fork(value = "echo", image = "breaks-mid-stream"))
    @LocalSandbox(EchoGrpcEnvironment.class)
    @Scenario
    static class BreakingScenario {
        @Test
        void reachesTheBreakingFork(@SandboxService("echo") EchoGrpc.EchoBlockingStub echo, RoutingKey key) throws Exception {
            callRepeatedly(echo, key, "breaks-mid-stream");
        }
    }
}
