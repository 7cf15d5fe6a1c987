package dev.sandboxtests.grpc;

import dev.sandboxtests.grpc.test.EchoReply;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Collects the replies of an asynchronous call until it ends. */
final class StreamedReplies implements StreamObserver<EchoReply> {

    private final List<EchoReply> replies = new CopyOnWriteArrayList<>();
    private final CompletableFuture<EchoReply> first = new CompletableFuture<>();
    private final CompletableFuture<List<EchoReply>> end = new CompletableFuture<>();

    @Override
    public void onNext(EchoReply reply) {
        replies.add(reply);
        first.complete(reply);
    }

    @Override
    public void onError(Throwable error) {
        end.completeExceptionally(error);
    }

    @Override
    public void onCompleted() {
        end.complete(List.copyOf(replies));
    }

    /** The first reply, once it came (the call goes on). */
    EchoReply awaitFirst() throws Exception {
        return first.get(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** All replies, once the call completed; throws if it failed. */
    List<EchoReply> await() throws Exception {
        return end.get(LocalGrpc.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
