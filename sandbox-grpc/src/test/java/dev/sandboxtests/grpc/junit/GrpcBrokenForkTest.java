package dev.sandboxtests.grpc.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.grpc.test.EchoGrpc;
import dev.sandboxtests.grpc.test.EchoReply;
import dev.sandboxtests.grpc.test.EchoRequest;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.local.LocalSandbox;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A fork that shuts its server down in the middle of a stream: the caller gets the replies that had
 * arrived, then {@code UNAVAILABLE} naming the fork, never a hang. The test decides when the stream
 * breaks: it waits for each reply before it sends the next message, and the fork breaks on {@code break}.
 */
@SandboxTest(forks = @Fork(value = "echo", image = "breaks-mid-stream"))
@LocalSandbox(EchoGrpcEnvironment.class)
class GrpcBrokenForkTest {

    @Test
    void theCallerGetsUnavailableNamingTheForkAfterTheMessagesThatArrived(@SandboxService("echo") EchoGrpc.EchoStub echo)
            throws InterruptedException {
        Answers answers = new Answers();
        StreamObserver<EchoRequest> chat = echo.withDeadlineAfter(20, TimeUnit.SECONDS).chat(answers);

        chat.onNext(text("one"));
        assertThat(answers.next()).isInstanceOfSatisfying(EchoReply.class, reply -> assertThat(reply.getText()).isEqualTo("one"));
        chat.onNext(text("two"));
        assertThat(answers.next()).isInstanceOfSatisfying(EchoReply.class, reply -> assertThat(reply.getText()).isEqualTo("two"));
        chat.onNext(text("break"));

        assertThat(answers.next()).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(e.getStatus().getDescription())
                    .contains("fork 'breaks-mid-stream' of service 'echo'")
                    .contains("in the middle of its response");
        });
    }

    private static EchoRequest text(String text) {
        return EchoRequest.newBuilder().setText(text).build();
    }

    /** What the call answers, one at a time and in order: each reply, then the error that ends it. */
    private static final class Answers implements StreamObserver<EchoReply> {

        private final BlockingQueue<Object> answers = new LinkedBlockingQueue<>();

        @Override
        public void onNext(EchoReply reply) {
            answers.add(reply);
        }

        @Override
        public void onError(Throwable error) {
            answers.add(error);
        }

        @Override
        public void onCompleted() {
            answers.add("completed");
        }

        /** The next reply, the error, or {@code "completed"}; fails if nothing comes within 10 seconds. */
        Object next() throws InterruptedException {
            Object answer = answers.poll(10, TimeUnit.SECONDS);
            assertThat(answer).as("an answer within 10 seconds").isNotNull();
            return answer;
        }
    }
}
