package dev.sandboxtests.local;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.DefaultHttp2WindowUpdateFrame;
import io.netty.handler.codec.http2.Http2ChannelDuplexHandler;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2FrameStream;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2StreamFrame;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The router for one HTTP/2 connection of a caller (h2c with prior knowledge, as gRPC clients open them; see
 * {@link RelayTakeover}): routes each stream by its request headers and relays its frames to a stream on a
 * connection of this caller's connection to the chosen instance ({@link H2Instance}), opened on the same event
 * loop, and the instance's frames back. Frames are passed on as they come (headers, data, trailers, resets),
 * so every gRPC call shape streams both ways; flow control is returned to a side only once what it sent was
 * written to the other, so a slow reader slows its writer.
 *
 * <p>The router's own answers are those of the Armeria path: for a gRPC caller a trailers-only response with
 * {@code INVALID_ARGUMENT} or {@code UNAVAILABLE}, for others 400 or 503 in plain text; and an instance that
 * fails ends the call as {@link GrpcFailures} describes ({@link H2Call}).
 */
final class H2Relay extends Http2ChannelDuplexHandler {

    private final ServiceRouter router;
    private final Map<Http2FrameStream, H2Call> calls = new IdentityHashMap<>();
    private final Map<InstanceRoute, H2Instance> instances = new IdentityHashMap<>();
    private final Map<InstanceRoute, Http1Links> http1Links = new IdentityHashMap<>();
    private ChannelHandlerContext ctx;

    H2Relay(ServiceRouter router) {
        this.router = router;
    }

    @Override
    protected void handlerAdded0(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Http2StreamFrame frame) || frame.stream() == null) {
            ReferenceCountUtil.release(msg); // settings, pings, GOAWAY: the codec has answered what needs an answer
            return;
        }
        H2Call call = calls.get(frame.stream());
        if (call != null) {
            call.fromCaller(frame);
        } else if (frame instanceof Http2HeadersFrame headers) {
            begin(headers);
        } else {
            if (frame instanceof Http2DataFrame data) {
                consumed(frame.stream(), data.initialFlowControlledBytes());
            }
            ReferenceCountUtil.release(frame); // a stream the router has answered already
        }
    }

    private void begin(Http2HeadersFrame request) {
        Http2Headers headers = request.headers();
        boolean grpc = GrpcAnswers.isGrpcContentType(headers.get(HttpHeaderNames.CONTENT_TYPE));
        RoutingDecision decision = router.decide(name -> strings(headers.getAll(name)));
        if (!decision.forwards()) {
            answer(request.stream(), grpc, decision);
            return;
        }
        InstanceRoute route = decision.route();
        H2Call call = new H2Call(this, request.stream(), route, grpc, headers);
        calls.put(request.stream(), call);
        call.fromCaller(request);
        if (route.speaksHttp1Only()) {
            call.attach(translated(call));
        } else {
            instances.computeIfAbsent(route, again -> new H2Instance(again, this)).open(call);
        }
    }

    private void answer(Http2FrameStream stream, boolean grpc, RoutingDecision decision) {
        if (grpc) {
            write(new DefaultHttp2HeadersFrame(H2Call.grpcTrailersOnly(decision.grpcStatus(), decision.message()), true)
                    .stream(stream));
        } else {
            answerPlainText(stream, decision.httpStatus(), decision.message());
        }
        flush();
    }

    /** The router's own answer on {@code stream}, for a caller that is not gRPC: {@code status}, the message as text. */
    void answerPlainText(Http2FrameStream stream, int status, String message) {
        byte[] body = (message + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        Http2Headers headers = new DefaultHttp2Headers().status(Integer.toString(status))
                .set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        write(new DefaultHttp2HeadersFrame(headers, false).stream(stream));
        write(new DefaultHttp2DataFrame(Unpooled.wrappedBuffer(body), true).stream(stream));
    }

    private static List<String> strings(List<CharSequence> values) {
        List<String> strings = new ArrayList<>(values.size());
        values.forEach(value -> strings.add(value.toString()));
        return strings;
    }

    /** {@code call} to its instance that speaks HTTP/1.1 only, on a kept-alive connection of this caller's. */
    H2ToHttp1 translated(H2Call call) {
        Http1Links links = http1Links.computeIfAbsent(call.route(),
                route -> new Http1Links(ctx.channel().eventLoop(), route.address()));
        return new H2ToHttp1(call, links);
    }

    ServiceRouter router() {
        return router;
    }

    /** The caller's connection: instances connect on its event loop. */
    Channel caller() {
        return ctx.channel();
    }

    void write(Http2StreamFrame frame) {
        ctx.write(frame);
    }

    /** Writes a data frame to the caller and returns its flow control to the instance once it is written. */
    void write(Http2DataFrame frame, Runnable written) {
        ctx.write(frame).addListener(done -> written.run());
    }

    void flush() {
        ctx.flush();
    }

    /** Data the caller sent on {@code stream} went on (or was dropped): the caller may send as much again. */
    void consumed(Http2FrameStream stream, int bytes) {
        if (bytes > 0 && ctx.channel().isActive()) {
            ctx.write(new DefaultHttp2WindowUpdateFrame(bytes).stream(stream));
            ctx.flush();
        }
    }

    void forget(Http2FrameStream stream) {
        calls.remove(stream);
    }

    void instanceClosed(H2Instance instance) {
        instances.remove(instance.route(), instance);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        instances.values().forEach(H2Instance::flush);
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        List.copyOf(calls.values()).forEach(H2Call::callerGone);
        calls.clear();
        List.copyOf(instances.values()).forEach(H2Instance::close);
        instances.clear();
        http1Links.values().forEach(Http1Links::closeAll);
        http1Links.clear();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
