package dev.sandboxtests.grpc.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.SmartTest;
import dev.sandboxtests.local.LocalSandbox;
import io.grpc.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A SmartTest of a fork that breaks in the middle of a chat: the baseline answers, the fork's outcome is
 * {@code UNAVAILABLE} naming it. A sandbox of its own, so that the fork is up when the call starts.
 */
@SandboxTest(forks = @Fork(value = "echo", image = "breaks-mid-stream"))
@LocalSandbox(EchoGrpcEnvironment.class)
class GrpcBrokenForkSmartTest {

    @Test
    void aSmartTestOfTheBrokenForkShowsTheStatusChange(SmartTest smart) {
        BehaviorDiff diff = smart.baselineSamples(1).call("echo",
                GrpcCall.bidiStreaming(EchoGrpc.getChatMethod(), List.of(text("one"), text("break"))));

        assertThat(diff.baseline().status()).isZero();
        assertThat(diff.fork().status()).isEqualTo(Status.Code.UNAVAILABLE.value());
        assertThat(diff.at("status").orElseThrow().relevance()).isEqualTo(Relevance.HIGH);
        assertThat(diff.fork().headers().get("grpc-message")).singleElement().asString()
                .contains("fork 'breaks-mid-stream' of service 'echo'");
    }

    private static EchoRequest text(String text) {
        return EchoRequest.newBuilder().setText(text).build();
    }
}
