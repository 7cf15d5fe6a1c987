package dev.sandboxtests.grpc.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.Scenario;
import dev.sandboxtests.local.LocalSandbox;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Another extension may hand out gRPC channels and stubs too (a team's own in-process test server):
 * the sandbox's are those marked {@code @SandboxService}, and JUnit sees no competing resolvers.
 */
class GrpcForeignParameterResolversTest {

    private static final List<Object> SEEN = new CopyOnWriteArrayList<>();

    @Test
    void unmarkedChannelsAndStubsAreLeftToTheOtherExtension() {
        SEEN.clear();
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .enableImplicitConfigurationParameters(false)
                .configurationParameter(Scenario.RUN_PARAMETER, "true")
                .selectors(selectClass(BothExtensions.class))
                .execute();

        TheirChannels.CHANNEL.shutdownNow();
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(SEEN).hasSize(3);
        assertThat(SEEN.get(0)).as("the other extension's channel").isSameAs(TheirChannels.CHANNEL);
        assertThat(SEEN.get(1)).as("ours").isNotSameAs(TheirChannels.CHANNEL);
        assertThat(SEEN.get(2)).as("the fork served our stub").isEqualTo("loud");
    }

    /** Resolves any unmarked ManagedChannel to a channel of its own. */
    static final class TheirChannels implements ParameterResolver {
        static final ManagedChannel CHANNEL = ManagedChannelBuilder.forTarget("127.0.0.1:9").usePlaintext().build();

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ManagedChannel.class && !parameter.isAnnotated(SandboxService.class);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return CHANNEL;
        }
    }

    @SandboxTest(forks = @Fork(value = "echo", image = "loud"))
    @LocalSandbox(EchoGrpcEnvironment.class)
    @ExtendWith(TheirChannels.class)
    @Scenario
    static class BothExtensions {

        @Test
        void both(ManagedChannel theirs, @SandboxService("echo") ManagedChannel ours,
                @SandboxService("echo") EchoGrpc.EchoBlockingStub echo) {
            SEEN.add(theirs);
            SEEN.add(ours);
            SEEN.add(echo.say(EchoRequest.newBuilder().setText("whoami").build()).getServedBy());
        }
    }
}
