package dev.sandboxtests.grpc.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoReply;
import dev.sandboxtests.grpc.test.RepeatRequest;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.SmartTest;
import dev.sandboxtests.local.LocalSandbox;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A fork that shuts its server down in the middle of a stream: a clear failure naming the fork, never a hang. */
@SandboxTest(forks = @Fork(value = "echo", image = "breaks-mid-stream"))
@LocalSandbox(EchoGrpcEnvironment.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GrpcBrokenForkTest {

    private static final RepeatRequest TEN = RepeatRequest.newBuilder().setText("tick").setTimes(10).setPauseMillis(20).build();

    @Test
    @Order(1)
    void theCallerGetsUnavailableNamingTheForkAfterTheMessagesThatArrived(
            @SandboxService("echo") EchoGrpc.EchoBlockingStub echo) {
        List<EchoReply> received = new ArrayList<>();

        assertThatThrownBy(() -> {
            Iterator<EchoReply> replies = echo.withDeadlineAfter(20, TimeUnit.SECONDS).repeat(TEN);
            replies.forEachRemaining(received::add);
        })
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
                    assertThat(e.getStatus().getDescription()).contains("fork 'breaks-mid-stream' of service 'echo'");
                });
        assertThat(received).hasSize(2);
    }

    @Test
    @Order(2)
    void aSmartTestOfTheBrokenForkShowsTheStatusChange(SmartTest smart) {
        BehaviorDiff diff = smart.baselineSamples(1).call("echo", GrpcCall.serverStreaming(EchoGrpc.getRepeatMethod(), TEN));

        assertThat(diff.baseline().status()).isZero();
        assertThat(diff.fork().status()).isEqualTo(Status.Code.UNAVAILABLE.value());
        assertThat(diff.fork().headers().get("grpc-message")).singleElement().asString()
                .contains("fork 'breaks-mid-stream' of service 'echo'");
    }
}
