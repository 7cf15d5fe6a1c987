package dev.sandboxtests.local;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2StreamFrame;
import io.netty.handler.codec.http2.HttpConversionUtil;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;

/**
 * One HTTP/2 call to an instance that speaks HTTP/1.1 only, on a connection of its own: the request's frames
 * become an HTTP/1.1 request (chunked unless the caller gave a length, trailers kept), the response becomes
 * frames again. Netty's {@link HttpConversionUtil} maps the headers both ways. Rare in a test run (an HTTP/2
 * caller of an HTTP/1.1 service), so the connection is not kept for another call.
 */
final class H2ToHttp1 extends ChannelInboundHandlerAdapter implements H2Call.InstanceSide {

    private final H2Call call;
    private final Channel channel;
    private final ArrayDeque<Object> beforeConnected = new ArrayDeque<>();
    private final ArrayDeque<Runnable> writtenBeforeConnected = new ArrayDeque<>();
    private boolean connected;
    private boolean done;

    H2ToHttp1(H2Call call, InetSocketAddress address, EventLoop loop) {
        this.call = call;
        ChannelFuture connecting = InstanceConnections.open(loop, address, true, new HttpClientCodec(), this);
        this.channel = connecting.channel();
        connecting.addListener(result -> {
            if (result.isSuccess()) {
                connected = true;
                while (!beforeConnected.isEmpty()) {
                    Runnable written = writtenBeforeConnected.poll();
                    channel.write(beforeConnected.poll()).addListener(w -> written.run());
                }
                channel.flush();
            } else {
                fail(result.cause());
            }
        });
    }

    @Override
    public void send(Http2StreamFrame frame, Runnable written) {
        Object message;
        try {
            message = translate(frame);
        } catch (Http2Exception e) {
            ReferenceCountUtil.release(frame);
            fail(e);
            written.run();
            return;
        }
        if (done) {
            ReferenceCountUtil.release(message);
            written.run();
        } else if (connected) {
            channel.writeAndFlush(message).addListener(w -> written.run());
        } else {
            beforeConnected.add(message);
            writtenBeforeConnected.add(written);
        }
    }

    private Object translate(Http2StreamFrame frame) throws Http2Exception {
        if (frame instanceof Http2DataFrame data) {
            return data.isEndStream() ? new DefaultLastHttpContent(data.content()) : new DefaultHttpContent(data.content());
        }
        Http2HeadersFrame headers = (Http2HeadersFrame) frame;
        if (headers.headers().method() == null) { // trailers
            LastHttpContent last = new DefaultLastHttpContent();
            HttpConversionUtil.addHttp2ToHttpHeaders(0, headers.headers(), last.trailingHeaders(), HttpVersion.HTTP_1_1, true, false);
            return last;
        }
        HttpRequest request = HttpConversionUtil.toHttpRequest(0, headers.headers(), false);
        request.headers().remove(HttpConversionUtil.ExtensionHeaderNames.STREAM_ID.text())
                .remove(HttpConversionUtil.ExtensionHeaderNames.SCHEME.text());
        request.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        if (headers.isEndStream()) {
            HttpUtil.setContentLength(request, 0);
            return new io.netty.handler.codec.http.DefaultFullHttpRequest(request.protocolVersion(), request.method(),
                    request.uri(), io.netty.buffer.Unpooled.EMPTY_BUFFER, request.headers(),
                    io.netty.handler.codec.http.EmptyHttpHeaders.INSTANCE);
        }
        if (!HttpUtil.isContentLengthSet(request)) {
            HttpUtil.setTransferEncodingChunked(request, true);
        }
        return request;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (done) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpResponse response) {
            Http2Headers headers = HttpConversionUtil.toHttp2Headers(response, false);
            headers.remove(HttpHeaderNames.CONNECTION);
            boolean empty = msg instanceof LastHttpContent last && !last.content().isReadable()
                    && last.trailingHeaders().isEmpty();
            call.responseHeaders(headers, empty);
            if (empty) {
                finish();
                return;
            }
        }
        if (msg instanceof HttpContent content) {
            boolean last = msg instanceof LastHttpContent;
            boolean trailers = last && !((LastHttpContent) msg).trailingHeaders().isEmpty();
            if (content.content().isReadable() || last && !trailers) {
                call.responseData(new DefaultHttp2DataFrame(content.content().retain(), last && !trailers), () -> { });
            }
            if (trailers) {
                Http2Headers http2Trailers = new DefaultHttp2Headers();
                ((LastHttpContent) msg).trailingHeaders().forEach(entry -> http2Trailers.add(
                        entry.getKey().toLowerCase(java.util.Locale.ROOT), entry.getValue()));
                call.responseHeaders(http2Trailers, true);
            }
            content.release();
            if (last) {
                finish();
            }
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        call.flushCaller();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        fail(new IOException("the instance closed the connection before its response was complete"));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(cause);
        ctx.close();
    }

    @Override
    public void cancel() {
        done = true;
        release();
        channel.close();
    }

    private void finish() {
        done = true;
        release();
        channel.close();
    }

    private void fail(Throwable cause) {
        if (done) {
            return;
        }
        done = true;
        release();
        call.instanceFailed(cause);
        channel.close();
    }

    private void release() {
        beforeConnected.forEach(ReferenceCountUtil::release);
        beforeConnected.clear();
        writtenBeforeConnected.forEach(Runnable::run);
        writtenBeforeConnected.clear();
    }
}
