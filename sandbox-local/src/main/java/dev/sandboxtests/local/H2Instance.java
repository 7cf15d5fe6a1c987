package dev.sandboxtests.local;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http2.DefaultHttp2ResetFrame;
import io.netty.handler.codec.http2.DefaultHttp2WindowUpdateFrame;
import io.netty.handler.codec.http2.Http2ChannelDuplexHandler;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2FrameStream;
import io.netty.handler.codec.http2.Http2GoAwayFrame;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2ResetFrame;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2SettingsFrame;
import io.netty.handler.codec.http2.Http2StreamFrame;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP/2 connection of one caller's connection ({@link H2Relay}) to one instance, h2c with prior knowledge,
 * opened on the caller's event loop: each call routed there gets a stream of it. Calls wait until the instance
 * has sent its SETTINGS, the sign that it speaks HTTP/2. An instance that answers the preface otherwise (an
 * HTTP/1.1-only server closes, or sends an HTTP/1.1 error the codec cannot read) is remembered as speaking
 * HTTP/1.1 only, and its waiting calls, like every later one, go to it over HTTP/1.1 ({@link H2ToHttp1}). One
 * that says nothing for {@value #SETTINGS_TIMEOUT_MILLIS} ms fails its waiting calls as unreachable. After a
 * GOAWAY new calls get a new connection, while the calls under way finish on this one.
 */
final class H2Instance extends Http2ChannelDuplexHandler {

    static final long SETTINGS_TIMEOUT_MILLIS = 10_000;

    private final InstanceRoute route;
    private final H2Relay relay;
    private final Channel channel;
    private final ArrayDeque<H2Call> waiting = new ArrayDeque<>();
    private final Map<Http2FrameStream, H2Call> calls = new IdentityHashMap<>();
    private boolean connected;
    private boolean speaksHttp2;
    private boolean closed;
    private ScheduledFuture<?> settingsTimeout;

    H2Instance(InstanceRoute route, H2Relay relay) {
        this.route = route;
        this.relay = relay;
        Channel caller = relay.caller();
        ChannelFuture connecting = InstanceConnections.open(caller.eventLoop(), route.address(), true,
                Http2FrameCodecBuilder.forClient().initialSettings(Http2Settings.defaultSettings().pushEnabled(false)).build(),
                this);
        this.channel = connecting.channel();
        connecting.addListener(done -> {
            if (done.isSuccess()) {
                connected = true;
                settingsTimeout = channel.eventLoop().schedule(this::silent, SETTINGS_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            } else {
                fail(done.cause());
            }
        });
    }

    InstanceRoute route() {
        return route;
    }

    /** Opens a stream for {@code call}, at once if the instance speaks HTTP/2, else once that is known. */
    void open(H2Call call) {
        if (speaksHttp2) {
            start(call);
        } else {
            waiting.add(call);
        }
    }

    private void start(H2Call call) {
        Http2FrameStream stream = newStream();
        calls.put(stream, call);
        call.attach(new StreamSide(stream, call));
    }

    void flush() {
        if (speaksHttp2) {
            channel.flush();
        }
    }

    void close() {
        closed = true;
        channel.close();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Http2SettingsFrame && !speaksHttp2) {
            speaksHttp2 = true;
            settingsTimeout.cancel(false);
            while (!waiting.isEmpty()) {
                start(waiting.poll());
            }
            channel.flush();
        }
        if (msg instanceof Http2GoAwayFrame) {
            relay.instanceClosed(this);
        }
        if (!(msg instanceof Http2StreamFrame frame) || frame.stream() == null) {
            ReferenceCountUtil.release(msg);
            return;
        }
        H2Call call = calls.get(frame.stream());
        if (call == null) {
            if (frame instanceof Http2DataFrame data) {
                consumed(frame.stream(), data.initialFlowControlledBytes());
            }
            ReferenceCountUtil.release(frame);
        } else if (frame instanceof Http2HeadersFrame headers) {
            call.responseHeaders(headers.headers(), headers.isEndStream());
            if (headers.isEndStream()) {
                calls.remove(frame.stream());
            }
        } else if (frame instanceof Http2DataFrame data) {
            int bytes = data.initialFlowControlledBytes();
            if (data.isEndStream()) {
                calls.remove(frame.stream());
            }
            call.responseData(data, () -> consumed(frame.stream(), bytes));
        } else if (frame instanceof Http2ResetFrame reset) {
            calls.remove(frame.stream());
            call.instanceReset(reset.errorCode());
        } else {
            ReferenceCountUtil.release(frame);
        }
    }

    private void consumed(Http2FrameStream stream, int bytes) {
        if (bytes > 0 && channel.isActive()) {
            channel.write(new DefaultHttp2WindowUpdateFrame(bytes).stream(stream));
            channel.flush();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        relay.flush();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (connected && !speaksHttp2 && !closed) {
            notHttp2();
        } else {
            fail(new IOException("the instance closed the connection"));
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (speaksHttp2 || !connected) {
            fail(cause);
        } else {
            notHttp2();
        }
        ctx.close();
    }

    private void silent() {
        if (!speaksHttp2 && !closed) {
            fail(new IOException("the instance accepted the connection but did not answer the HTTP/2 connection preface"
                    + " within " + SETTINGS_TIMEOUT_MILLIS + " ms"));
            channel.close();
        }
    }

    /** The instance did not answer the HTTP/2 preface with SETTINGS: it gets HTTP/1.1 from now on. */
    private void notHttp2() {
        if (speaksHttp2 || closed) {
            return;
        }
        closed = true;
        route.markHttp1Only();
        relay.instanceClosed(this);
        while (!waiting.isEmpty()) {
            H2Call call = waiting.poll();
            call.attach(relay.translated(call));
        }
        relay.flush();
        channel.close();
    }

    private void fail(Throwable cause) {
        closed = true;
        relay.instanceClosed(this);
        List<H2Call> failed = new java.util.ArrayList<>(waiting);
        failed.addAll(calls.values());
        waiting.clear();
        calls.clear();
        failed.forEach(call -> call.instanceFailed(cause));
        if (settingsTimeout != null) {
            settingsTimeout.cancel(false);
        }
    }

    /** A call's stream on this connection. */
    private final class StreamSide implements H2Call.InstanceSide {
        private final Http2FrameStream stream;
        private final H2Call call;

        StreamSide(Http2FrameStream stream, H2Call call) {
            this.stream = stream;
            this.call = call;
        }

        @Override
        public void send(Http2StreamFrame frame, Runnable written) {
            channel.write(frame.stream(stream)).addListener(done -> {
                if (!done.isSuccess() && calls.remove(stream) != null) {
                    call.instanceFailed(done.cause());
                }
                written.run();
            });
        }

        @Override
        public void cancel() {
            if (calls.remove(stream) != null && channel.isActive() && stream.id() > 0) {
                channel.writeAndFlush(new DefaultHttp2ResetFrame(Http2Error.CANCEL).stream(stream));
            }
        }
    }
}
