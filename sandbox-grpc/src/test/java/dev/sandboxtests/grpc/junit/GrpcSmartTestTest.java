package dev.sandboxtests.grpc.junit;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoReply;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.grpc.test.RepeatRequest;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.SmartTest;
import dev.sandboxtests.local.LocalSandbox;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** gRPC SmartTests: the same call to baseline and fork, compared field by field. */
@SandboxTest(forks = @Fork(value = "echo", image = "loud"))
@LocalSandbox(EchoGrpcEnvironment.class)
class GrpcSmartTestTest {

    @Test
    void aChangedFieldIsFoundAtItsJsonPath(SmartTest smart) {
        BehaviorDiff diff = smart.call("echo", GrpcCall.unary(EchoGrpc.getSayMethod(), text("abc")));

        assertThat(diff).hasOnlyChangesAt("/text");
        assertThat(diff).hasChangeAt("/text").from("abc").to("ABC");
        assertThat(diff.baseline().status()).isZero();
    }

    @Test
    void aCallWhoseAnswerDidNotChangeHasNoRelevantChanges(SmartTest smart) {
        BehaviorDiff diff = smart.call("echo", GrpcCall.unary(EchoGrpc.getSayMethod(), text("123")));

        assertThat(diff).hasNoRelevantChanges();
    }

    @Test
    void aChangedStatusCodeIsAHighRelevanceChangeWithItsDescription(SmartTest smart) {
        BehaviorDiff diff = smart.call("echo", GrpcCall.unary(EchoGrpc.getSayMethod(), text("")));

        assertThat(diff.baseline().status()).isEqualTo(0);
        assertThat(diff.fork().status()).isEqualTo(3);
        assertThat(diff.fork().headers()).containsEntry("grpc-status", List.of("INVALID_ARGUMENT"))
                .containsEntry("grpc-message", List.of("text must not be empty"));
        assertThat(diff.at("status").orElseThrow().relevance()).isEqualTo(Relevance.HIGH);
    }

    @Test
    void aServerStreamIsComparedAsAnOrderedSequence(SmartTest smart) {
        BehaviorDiff diff = smart.call("echo", GrpcCall.serverStreaming(EchoGrpc.getRepeatMethod(),
                RepeatRequest.newBuilder().setText("hey").setTimes(3).build()));

        assertThat(diff).hasOnlyChangesAt("/0/text", "/1/text", "/2/text");
        assertThat(diff).hasChangeAt("/2/text").from("hey").to("HEY");
    }

    @Test
    void aClientStreamIsSentInOrderAndItsAnswerCompared(SmartTest smart) {
        BehaviorDiff diff = smart.call("echo", GrpcCall.clientStreaming(EchoGrpc.getCollectMethod(),
                List.of(text("a"), text("b"), text("c"))));

        assertThat(diff).hasOnlyChangesAt("/text");
        assertThat(diff).hasChangeAt("/text").from("a b c").to("A B C");
    }

    @Test
    void aBidirectionalStreamIsComparedAsAnOrderedSequence(SmartTest smart) {
        BehaviorDiff diff = smart.call("echo", GrpcCall.bidiStreaming(EchoGrpc.getChatMethod(),
                List.of(text("x"), text("7"))));

        assertThat(diff).hasOnlyChangesAt("/0/text");
    }

    @Test
    void rulesApplyToGrpcCallsAsToHttpOnes(SmartTest smart) {
        BehaviorDiff diff = smart.ignoring("/text").call("echo", GrpcCall.unary(EchoGrpc.getSayMethod(), text("abc")));

        assertThat(diff).hasNoRelevantChanges();
    }

    @Test
    void anAnswerOverGrpcsMessageLimitIsCapturedAsResourceExhaustedUnlessTheLimitIsRaised(SmartTest smart) {
        List<EchoRequest> fiveMegabytes = Collections.nCopies(5, text("a".repeat(1024 * 1024 - 1)));
        GrpcCall<EchoRequest, EchoReply> collect =
                GrpcCall.clientStreaming(EchoGrpc.getCollectMethod(), fiveMegabytes);

        BehaviorDiff limited = smart.baselineSamples(1).call("echo", collect);
        BehaviorDiff raised = smart.baselineSamples(1).call("echo", collect.withMaxMessageSize(16 * 1024 * 1024));

        assertThat(limited.baseline().headers().get("grpc-status")).containsExactly("RESOURCE_EXHAUSTED");
        assertThat(raised).hasOnlyChangesAt("/text");
        assertThat(raised.baseline().body().length).isGreaterThan(5 * 1024 * 1024);
    }

    @Test
    void aCallOfTheWrongShapeIsRejectedNamingTheRightFactory() {
        assertThatThrownBy(() -> GrpcCall.unary(EchoGrpc.getRepeatMethod(), RepeatRequest.getDefaultInstance()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sandboxtests.test.Echo/Repeat is a SERVER_STREAMING method")
                .hasMessageContaining("GrpcCall.serverStreaming");
    }

    private static EchoRequest text(String text) {
        return EchoRequest.newBuilder().setText(text).build();
    }
}
