package dev.sandboxtests.grpc.junit;

import io.grpc.ClientCall;
import io.grpc.Metadata;
import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Records what one client call receives: response headers, messages (asking for one more after
 * each, so the server never sends faster than we take), and the closing status and trailers.
 */
final class CallRecorder<R> extends ClientCall.Listener<R> {

    private final ClientCall<?, R> call;
    private final int maxMessages;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<R> messages = new ArrayList<>();
    private volatile Metadata headers = new Metadata();
    private volatile Status status;
    private volatile Metadata trailers;
    private volatile boolean overflowed;

    CallRecorder(ClientCall<?, R> call, int maxMessages) {
        this.call = call;
        this.maxMessages = maxMessages;
    }

    @Override
    public void onHeaders(Metadata headers) {
        this.headers = headers;
    }

    @Override
    public void onMessage(R message) {
        synchronized (messages) {
            messages.add(message);
            if (messages.size() > maxMessages) {
                overflowed = true;
                call.cancel("the SmartTest takes at most " + maxMessages + " messages of a stream", null);
                return;
            }
        }
        call.request(1);
    }

    @Override
    public void onClose(Status status, Metadata trailers) {
        this.status = status;
        this.trailers = trailers;
        closed.countDown();
    }

    /**
     * Waits for the call to close. The call has a deadline, so gRPC closes it by then; {@code patience}
     * only guards against a transport that never reports.
     */
    Outcome<R> await(Duration patience, String side) throws InterruptedException {
        if (!closed.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            call.cancel("no outcome within " + patience, null);
            throw new IllegalStateException("The gRPC call to the " + side + " did not close within " + patience
                    + " although its deadline had passed; it was cancelled.");
        }
        if (overflowed) {
            throw new IllegalStateException("The " + side + " streamed more than " + maxMessages + " messages; a"
                    + " SmartTest compares bounded streams: ask for fewer (a page, a limit) in the request.");
        }
        synchronized (messages) {
            return new Outcome<>(status, headers, trailers, List.copyOf(messages));
        }
    }

    /** What came back. */
    static final class Outcome<R> {
        final Status status;
        final Metadata headers;
        final Metadata trailers;
        final List<R> messages;

        Outcome(Status status, Metadata headers, Metadata trailers, List<R> messages) {
            this.status = status;
            this.headers = headers;
            this.trailers = trailers;
            this.messages = messages;
        }
    }
}
