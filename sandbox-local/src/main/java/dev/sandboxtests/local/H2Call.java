package dev.sandboxtests.local;

import com.linecorp.armeria.common.grpc.protocol.GrpcHeaderNames;
import io.grpc.Status;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.DefaultHttp2ResetFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2FrameStream;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2ResetFrame;
import io.netty.handler.codec.http2.Http2StreamFrame;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * One HTTP/2 call through the router: the caller's stream and its counterpart at the instance. Frames of the
 * caller wait here until the instance's side is open, then pass on as they come; the instance's come back the
 * same way.
 *
 * <p>How a call ends when its instance fails, as on the Armeria path ({@link GrpcFailures}): a gRPC caller gets
 * {@code UNAVAILABLE} naming the instance, as a trailers-only response when no response headers went out yet,
 * else as trailers after what did; {@code DEADLINE_EXCEEDED} once the call's {@code grpc-timeout} has passed,
 * because an instance ends a call at its deadline by resetting the stream. Any other caller gets 502 naming
 * the instance, or a reset of its stream once the response has begun. A caller that resets its stream (a
 * cancelled call, a deadline on the caller's side) has the instance's stream reset too, so the instance sees
 * the cancellation.
 */
final class H2Call {

    /** The instance's side of a call: a stream of an HTTP/2 connection, or an HTTP/1.1 exchange. */
    interface InstanceSide {
        /** Passes on a frame of the caller's (headers, data, trailers); takes ownership of it. */
        void send(Http2StreamFrame frame, Runnable written);

        /** The caller reset its stream or went away: end the instance's side at once. */
        void cancel();
    }

    private final H2Relay relay;
    private final Http2FrameStream callerStream;
    private final InstanceRoute route;
    private final boolean grpc;
    private final Http2Headers requestHeaders;
    private final long start = System.nanoTime();
    private final ArrayDeque<Http2StreamFrame> waiting = new ArrayDeque<>();
    private InstanceSide instance;
    private boolean responseStarted;
    private boolean requestEnded;
    private boolean responseEnded;

    H2Call(H2Relay relay, Http2FrameStream callerStream, InstanceRoute route, boolean grpc, Http2Headers requestHeaders) {
        this.relay = relay;
        this.callerStream = callerStream;
        this.route = route;
        this.grpc = grpc;
        this.requestHeaders = requestHeaders;
    }

    InstanceRoute route() {
        return route;
    }

    /** The instance's side is open: what the caller sent so far goes out. */
    void attach(InstanceSide side) {
        if (responseEnded) {
            side.cancel();
            return;
        }
        instance = side;
        while (!waiting.isEmpty()) {
            pass(waiting.poll());
        }
    }

    /** A frame of the caller's stream. */
    void fromCaller(Http2StreamFrame frame) {
        if (frame instanceof Http2ResetFrame) {
            callerGone();
            return;
        }
        if (frame instanceof Http2HeadersFrame headers && headers.isEndStream()
                || frame instanceof Http2DataFrame data && data.isEndStream()) {
            requestEnded = true;
        }
        if (responseEnded) {
            drop(frame);
        } else if (instance == null) {
            waiting.add(frame);
        } else {
            pass(frame);
        }
        endIfDone();
    }

    private void pass(Http2StreamFrame frame) {
        if (frame instanceof Http2DataFrame data) {
            int bytes = data.initialFlowControlledBytes();
            instance.send(new DefaultHttp2DataFrame(data.content(), data.isEndStream()), () -> relay.consumed(callerStream, bytes));
        } else if (frame instanceof Http2HeadersFrame headers) {
            instance.send(new DefaultHttp2HeadersFrame(headers.headers(), headers.isEndStream()), () -> { });
        } else {
            ReferenceCountUtil.release(frame);
        }
    }

    private void drop(Http2StreamFrame frame) {
        if (frame instanceof Http2DataFrame data) {
            relay.consumed(callerStream, data.initialFlowControlledBytes());
        }
        ReferenceCountUtil.release(frame);
    }

    /** Response headers (or trailers) from the instance. */
    void responseHeaders(Http2Headers headers, boolean endStream) {
        if (responseEnded) {
            return;
        }
        CharSequence status = headers.status();
        if (status == null || status.length() == 0 || status.charAt(0) != '1') {
            responseStarted = true;
        }
        relay.write(new DefaultHttp2HeadersFrame(headers, endStream).stream(callerStream));
        if (endStream) {
            responseEnded = true;
            endIfDone();
        }
    }

    /** Response data from the instance; {@code written} returns its flow control once the caller has it. */
    void responseData(Http2DataFrame data, Runnable written) {
        if (responseEnded) {
            ReferenceCountUtil.release(data);
            written.run();
            return;
        }
        boolean end = data.isEndStream();
        relay.write(new DefaultHttp2DataFrame(data.content(), end).stream(callerStream), written);
        if (end) {
            responseEnded = true;
            endIfDone();
        }
    }

    /** What was written to the caller goes out. */
    void flushCaller() {
        relay.flush();
    }

    /** The instance's side failed before the response was complete: a reset, a lost connection, no connection. */
    void instanceFailed(Throwable cause) {
        if (responseEnded) {
            return;
        }
        responseEnded = true;
        instance = null;
        if (grpc) {
            Optional<String> late = GrpcFailures.deadlinePassed(requestHeaders.get(GrpcHeaderNames.GRPC_TIMEOUT), start);
            Status.Code status = late.isPresent() ? Status.Code.DEADLINE_EXCEEDED : Status.Code.UNAVAILABLE;
            String message = (responseStarted ? relay.router().brokeOff(route, cause) : relay.router().unreachable(route, cause))
                    + late.orElse("");
            Http2Headers end = responseStarted ? grpcTrailers(status, message) : grpcTrailersOnly(status, message);
            relay.write(new DefaultHttp2HeadersFrame(end, true).stream(callerStream));
        } else if (!responseStarted) {
            relay.answerPlainText(callerStream, 502, relay.router().unreachable(route, cause));
        } else {
            relay.write(new DefaultHttp2ResetFrame(Http2Error.INTERNAL_ERROR).stream(callerStream));
        }
        relay.flush();
        waiting.forEach(this::drop);
        waiting.clear();
        endIfDone();
    }

    /** The instance reset its stream. */
    void instanceReset(long errorCode) {
        Http2Error error = Http2Error.valueOf(errorCode);
        instanceFailed(new IOException("the instance reset the stream (" + (error == null ? errorCode : error) + ")"));
    }

    /** The caller reset its stream, or its connection closed: the instance's side ends too. */
    void callerGone() {
        requestEnded = true;
        responseEnded = true;
        waiting.forEach(this::drop);
        waiting.clear();
        if (instance != null) {
            instance.cancel();
            instance = null;
        }
        relay.forget(callerStream);
    }

    private void endIfDone() {
        if (requestEnded && responseEnded) {
            relay.forget(callerStream);
        }
    }

    static Http2Headers grpcTrailersOnly(Status.Code status, String message) {
        return grpcTrailers(status, message).status("200").set(HttpHeaderNames.CONTENT_TYPE, "application/grpc");
    }

    private static Http2Headers grpcTrailers(Status.Code status, String message) {
        return new DefaultHttp2Headers()
                .set(GrpcHeaderNames.GRPC_STATUS, Integer.toString(status.value()))
                .set(GrpcHeaderNames.GRPC_MESSAGE, GrpcAnswers.escape(message));
    }
}
