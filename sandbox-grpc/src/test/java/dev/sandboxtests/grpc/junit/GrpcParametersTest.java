package dev.sandboxtests.grpc.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoReply;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.grpc.test.RepeatRequest;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.routing.RoutingKey;
import io.grpc.ManagedChannel;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Channels and generated stubs as test parameters: they reach the fork with the sandbox's key. */
@SandboxTest(forks = @Fork(value = "echo", image = "loud"))
@LocalSandbox(EchoGrpcEnvironment.class)
class GrpcParametersTest {

    private static final EchoRequest WHOAMI = EchoRequest.newBuilder().setText("whoami").build();

    @Test
    void aBlockingStubReachesTheForkWithTheSandboxsKey(@SandboxService("echo") EchoGrpc.EchoBlockingStub echo,
                                                        RoutingKey key) {
        EchoReply reply = echo.withDeadlineAfter(10, TimeUnit.SECONDS).say(WHOAMI);

        assertThat(reply.getServedBy()).isEqualTo("loud");
        assertThat(reply.getRoutingKey()).isEqualTo(key.value());
    }

    @Test
    void aManagedChannelCarriesTheKeyOnEveryCall(@SandboxService("echo") ManagedChannel channel, RoutingKey key) {
        EchoGrpc.EchoBlockingStub echo = EchoGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);

        assertThat(echo.say(WHOAMI).getRoutingKey()).isEqualTo(key.value());
        assertThat(echo.say(EchoRequest.newBuilder().setText("hello").build()).getText()).isEqualTo("HELLO");
    }

    @Test
    void anAsyncStubStreamsFromTheFork(@SandboxService("echo") EchoGrpc.EchoStub echo) throws Exception {
        List<String> texts = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        echo.withDeadlineAfter(10, TimeUnit.SECONDS).repeat(RepeatRequest.newBuilder().setText("hey").setTimes(3).build(),
                new StreamObserver<>() {
                    @Override
                    public void onNext(EchoReply reply) {
                        texts.add(reply.getText() + reply.getIndex());
                    }

                    @Override
                    public void onError(Throwable cause) {
                        done.completeExceptionally(cause);
                    }

                    @Override
                    public void onCompleted() {
                        done.complete(null);
                    }
                });

        done.get(15, TimeUnit.SECONDS);
        assertThat(texts).containsExactly("HEY0", "HEY1", "HEY2");
    }

    @Test
    void theKeyTravelsThroughABaselineServiceToTheForkOnTheSecondHop(
            @SandboxService("relay") EchoGrpc.EchoBlockingStub relay, RoutingKey key) {
        EchoReply reply = relay.withDeadlineAfter(10, TimeUnit.SECONDS).say(WHOAMI);

        assertThat(reply.getServedBy()).isEqualTo("loud");
        assertThat(reply.getRoutingKey()).isEqualTo(key.value());
    }

    @Test
    void theSameStubTypeForAnotherServiceGoesThroughThatServicesRouter(
            @SandboxService("echo") EchoGrpc.EchoBlockingStub echo, @SandboxService("relay") EchoGrpc.EchoBlockingStub relay) {
        assertThat(echo.getChannel().authority()).isNotEqualTo(relay.getChannel().authority());
    }
}
