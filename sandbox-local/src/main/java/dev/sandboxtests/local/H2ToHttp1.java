package dev.sandboxtests.local;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
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
import java.util.Locale;

/**
 * One HTTP/2 call to an instance that speaks HTTP/1.1 only, as an HTTP/1.1 exchange on a kept-alive connection
 * ({@link Http1Links}): the request's frames become an HTTP/1.1 request (chunked unless the caller gave a
 * length, trailers kept), the response becomes frames again. Netty's {@link HttpConversionUtil} maps the
 * headers both ways.
 */
final class H2ToHttp1 implements H2Call.InstanceSide {

    private final H2Call call;
    private final Http1Links.Link link;
    private boolean requestSent;
    private boolean keepAlive = true;
    private boolean done;

    H2ToHttp1(H2Call call, Http1Links links) {
        this.call = call;
        this.link = links.take(this);
    }

    @Override
    public void send(Http2StreamFrame frame, Runnable written) {
        if (done) {
            ReferenceCountUtil.release(frame);
            written.run();
            return;
        }
        try {
            link.send(translate(frame), written);
        } catch (Http2Exception e) {
            ReferenceCountUtil.release(frame);
            written.run();
            fail(e);
        }
    }

    private Object translate(Http2StreamFrame frame) throws Http2Exception {
        if (frame instanceof Http2DataFrame data) {
            requestSent = data.isEndStream();
            return data.isEndStream() ? new DefaultLastHttpContent(data.content()) : new DefaultHttpContent(data.content());
        }
        Http2HeadersFrame headers = (Http2HeadersFrame) frame;
        if (headers.headers().method() == null) {
            requestSent = true;
            LastHttpContent last = new DefaultLastHttpContent();
            HttpConversionUtil.addHttp2ToHttpHeaders(0, headers.headers(), last.trailingHeaders(), HttpVersion.HTTP_1_1, true, false);
            return last;
        }
        HttpRequest request = HttpConversionUtil.toHttpRequest(0, headers.headers(), false);
        request.headers().remove(HttpConversionUtil.ExtensionHeaderNames.STREAM_ID.text())
                .remove(HttpConversionUtil.ExtensionHeaderNames.SCHEME.text());
        if (headers.isEndStream()) {
            requestSent = true;
            HttpUtil.setContentLength(request, 0);
            return new DefaultFullHttpRequest(request.protocolVersion(), request.method(), request.uri(),
                    Unpooled.EMPTY_BUFFER, request.headers(), EmptyHttpHeaders.INSTANCE);
        }
        if (!HttpUtil.isContentLengthSet(request)) {
            HttpUtil.setTransferEncodingChunked(request, true);
        }
        return request;
    }

    /** A message of the instance's response. */
    void fromInstance(HttpObject msg) {
        if (done) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpResponse response) {
            keepAlive = HttpUtil.isKeepAlive(response);
            Http2Headers headers = HttpConversionUtil.toHttp2Headers(response, false);
            headers.remove(HttpHeaderNames.CONNECTION);
            headers.remove(HttpHeaderNames.KEEP_ALIVE);
            boolean empty = msg instanceof LastHttpContent whole && !whole.content().isReadable()
                    && whole.trailingHeaders().isEmpty();
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
                        entry.getKey().toLowerCase(Locale.ROOT), entry.getValue()));
                call.responseHeaders(http2Trailers, true);
            }
            content.release();
            if (last) {
                finish();
            }
        }
    }

    void flushCaller() {
        call.flushCaller();
    }

    @Override
    public void cancel() {
        if (!done) {
            done = true;
            link.close();
        }
    }

    private void finish() {
        done = true;
        if (keepAlive && requestSent) {
            link.giveBack();
        } else {
            link.close();
        }
    }

    void fail(Throwable cause) {
        if (done) {
            return;
        }
        done = true;
        link.close();
        call.instanceFailed(cause);
    }
}
