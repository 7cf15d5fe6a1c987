package dev.sandboxtests.local;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The client's side of a streaming gRPC call: keeps the messages and how the call ended. Every wait is
 * generous and fails with what arrived so far, so a broken router fails a test instead of hanging it.
 */
final class RecordingObserver implements StreamObserver<String> {

    private static final long WAIT_SECONDS = 30;

    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Semaphore arrived = new Semaphore(0);
    private final CompletableFuture<List<String>> end = new CompletableFuture<>();

    @Override
    public void onNext(String message) {
        messages.add(message);
        arrived.release();
    }

    @Override
    public void onError(Throwable t) {
        end.completeExceptionally(t);
    }

    @Override
    public void onCompleted() {
        end.complete(List.copyOf(messages));
    }

    /** Waits until {@code count} more messages arrived than were awaited before. */
    void awaitMessages(int count) throws InterruptedException {
        if (!arrived.tryAcquire(count, WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("Expected " + count + " more messages within " + WAIT_SECONDS + " s, got "
                    + messages + (end.isDone() ? "; the call ended: " + end : ""));
        }
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    /** The messages of a call that completed normally. */
    List<String> awaitCompletion() throws InterruptedException, TimeoutException {
        try {
            return end.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("The call failed after " + messages + ": " + Status.fromThrowable(e.getCause()),
                    e.getCause());
        }
    }

    /** The status of a call that failed. */
    Status awaitFailure() throws InterruptedException, TimeoutException {
        try {
            List<String> completed = end.get(WAIT_SECONDS, TimeUnit.SECONDS);
            throw new AssertionError("Expected the call to fail, but it completed with " + completed);
        } catch (ExecutionException e) {
            return Status.fromThrowable(e.getCause());
        }
    }
}
