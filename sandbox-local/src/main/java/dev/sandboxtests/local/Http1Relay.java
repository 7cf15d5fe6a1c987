package dev.sandboxtests.local;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The router for one HTTP/1.1 connection of a caller (see {@link RelayTakeover}): routes each request by its
 * headers and relays it, as Netty's HTTP objects, to a kept-alive connection of this caller's connection to
 * the chosen instance ({@link Http1Instance}), on the same event loop, and the instance's response back.
 * Bodies stream both ways in the pieces they arrive in, with back-pressure: a side whose peer cannot take more
 * stops reading until it can. Requests a caller pipelines wait until the response before them is complete, so
 * responses keep their order whatever instance answers each.
 *
 * <p>Hop-by-hop headers ({@code Connection} and the headers it names, {@code Keep-Alive},
 * {@code Proxy-Connection}, {@code Upgrade}) are not passed on; everything else is, unchanged. The router's own
 * answers are the same as Armeria's side gives: 400 for a malformed or ambiguous key, 503 without baseline, 502
 * naming an instance it could not reach. An instance that breaks off in the middle of a response ends the
 * caller's connection, the only way HTTP/1.1 has to say the response is incomplete.
 */
final class Http1Relay extends ChannelInboundHandlerAdapter {

    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final ServiceRouter router;
    private final Map<InstanceRoute, Http1Instance> instances = new IdentityHashMap<>();
    /** Messages of requests that wait for the response before them. */
    private final ArrayDeque<Object> waiting = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private Exchange current;
    private boolean instanceFull;

    Http1Relay(ServiceRouter router) {
        this.router = router;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (current != null && current.requestComplete || !waiting.isEmpty()) {
            waiting.add(msg);
            updateReading();
            return;
        }
        handle(msg);
    }

    private void handle(Object msg) {
        if (msg instanceof HttpRequest request) {
            begin(request);
            if (msg instanceof LastHttpContent) {
                current.requestComplete = true;
                finishIfDone();
            }
        } else if (msg instanceof HttpContent content) {
            if (current == null || current.instance == null) {
                content.release();
            } else {
                current.bodyBytes += content.content().readableBytes();
                current.instance.send(content);
            }
            if (msg instanceof LastHttpContent && current != null) {
                current.requestComplete = true;
                finishIfDone();
            }
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    private void begin(HttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (request.decoderResult().isFailure()) {
            ReferenceCountUtil.release(request);
            current = new Exchange(null, false, request.protocolVersion());
            answer(HttpResponseStatus.BAD_REQUEST, "Sandbox router could not read the request: "
                    + request.decoderResult().cause().getMessage());
            return;
        }
        RoutingDecision decision = router.decide(name -> request.headers().getAll(name));
        if (!decision.forwards()) {
            ReferenceCountUtil.release(request);
            current = new Exchange(null, keepAlive, request.protocolVersion());
            answer(HttpResponseStatus.valueOf(decision.httpStatus()), decision.message());
            return;
        }
        Http1Instance instance = instances.computeIfAbsent(decision.route(), route -> new Http1Instance(route, this));
        current = new Exchange(instance, keepAlive, request.protocolVersion());
        current.head = HttpMethod.HEAD.equals(request.method());
        removeHopByHopHeaders(request.headers());
        if (instance.hasAnswered() && SAFE_METHODS.contains(request.method())) {
            current.resendable = request;
        }
        instance.send(request);
    }

    /** The router answers the current request itself; the rest of its body, if any, is read and dropped. */
    private void answer(HttpResponseStatus status, String message) {
        byte[] body = (message + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        current.instance = null;
        current.responseStarted = true;
        fromInstance(response);
        ctx.flush();
    }

    /** Whether {@code instance} is the one answering the current request: only its messages go to the caller. */
    boolean answering(Http1Instance instance) {
        return current != null && current.instance == instance && !current.responseComplete;
    }

    /** A message of the current response, from its instance (or the router's own answer). */
    void fromInstance(HttpObject msg) {
        if (msg instanceof HttpResponse response) {
            if (isInterim(response)) {
                current.interim = true;
            } else {
                current.responseStarted = true;
                prepare(response);
            }
        }
        ctx.write(msg);
        if (msg instanceof LastHttpContent) {
            if (current.interim) {
                current.interim = false;
            } else {
                current.responseComplete = true;
                finishIfDone();
            }
        }
    }

    /** The response's own framing and this connection's: hop-by-hop headers go, the caller's keep-alive decides. */
    private void prepare(HttpResponse response) {
        removeHopByHopHeaders(response.headers());
        if (!current.keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (current.version.equals(HttpVersion.HTTP_1_0)) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        if (!HttpUtil.isContentLengthSet(response) && !HttpUtil.isTransferEncodingChunked(response)
                && mayHaveBody(response)) {
            // A body that ends when the instance closes its connection: the caller gets it chunked instead, so
            // that its own connection stays open (an HTTP/1.0 caller's closes after it).
            if (current.version.equals(HttpVersion.HTTP_1_1)) {
                HttpUtil.setTransferEncodingChunked(response, true);
            } else {
                current.keepAlive = false;
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            }
        }
    }

    /** The instance's data so far went out in one flush. */
    void flushToCaller() {
        ctx.flush();
    }

    /** The connection to the current request's instance failed or closed before the response was complete. */
    void instanceLost(Http1Instance instance, Throwable cause) {
        instances.remove(instance.route(), instance);
        if (current == null || current.instance != instance) {
            return;
        }
        if (current.responseStarted) {
            ctx.close();
        } else if (current.resendable != null && current.requestComplete && current.bodyBytes == 0) {
            resend(instance.route());
        } else {
            answer(HttpResponseStatus.BAD_GATEWAY, router.unreachable(instance.route(), cause));
        }
    }

    /**
     * Sends the current request again, on a new connection: the kept-alive one it went out on was closed by
     * the instance (an idle timeout, say) while the request was on its way. Only for a request that is safe
     * to repeat (GET, HEAD, OPTIONS, TRACE) without a body, and once, as nginx and HTTP clients do.
     */
    private void resend(InstanceRoute route) {
        HttpRequest request = current.resendable;
        current.resendable = null;
        Http1Instance fresh = instances.computeIfAbsent(route, again -> new Http1Instance(again, this));
        current.instance = fresh;
        fresh.send(request);
        fresh.send(LastHttpContent.EMPTY_LAST_CONTENT);
        fresh.flush();
    }

    /** An instance whose response has ended asked to close its connection; the next request opens another. */
    void instanceClosing(Http1Instance instance) {
        instances.remove(instance.route(), instance);
    }

    private void finishIfDone() {
        if (!current.requestComplete || !current.responseComplete) {
            return;
        }
        boolean keepAlive = current.keepAlive;
        current = null;
        if (!keepAlive) {
            ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
            waiting.forEach(ReferenceCountUtil::release);
            waiting.clear();
            return;
        }
        if (!waiting.isEmpty()) {
            while (!waiting.isEmpty() && (current == null || !current.requestComplete)) {
                handle(waiting.poll());
            }
            // What waited was read long ago: no read of the caller's will come to flush it.
            if (current != null && current.instance != null) {
                current.instance.flush();
            }
        }
        updateReading();
    }

    void instanceWritabilityChanged(Http1Instance instance) {
        instanceFull = current != null && current.instance == instance && !instance.isWritable();
        updateReading();
    }

    /** Reads from the caller while its requests can go somewhere: none waiting, the instance taking more. */
    private void updateReading() {
        ctx.channel().config().setAutoRead(waiting.isEmpty() && !instanceFull);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        instances.values().forEach(Http1Instance::flush);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        boolean writable = ctx.channel().isWritable();
        instances.values().forEach(instance -> instance.setReading(writable));
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        List.copyOf(instances.values()).forEach(Http1Instance::close);
        instances.clear();
        waiting.forEach(ReferenceCountUtil::release);
        waiting.clear();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    /** The caller's connection: instances connect on its event loop. */
    Channel caller() {
        return ctx.channel();
    }

    private static boolean isInterim(HttpResponse response) {
        int code = response.status().code();
        return code >= 100 && code < 200 && code != 101;
    }

    private boolean mayHaveBody(HttpResponse response) {
        int code = response.status().code();
        return code != 204 && code != 304 && !(code >= 100 && code < 200) && !current.head;
    }

    private static void removeHopByHopHeaders(HttpHeaders headers) {
        for (String connection : headers.getAll(HttpHeaderNames.CONNECTION)) {
            for (String named : connection.split(",")) {
                String name = named.trim();
                if (!name.isEmpty() && !HttpHeaderNames.TRANSFER_ENCODING.contentEqualsIgnoreCase(name)) {
                    headers.remove(name);
                }
            }
        }
        headers.remove(HttpHeaderNames.CONNECTION).remove(HttpHeaderNames.KEEP_ALIVE)
                .remove(HttpHeaderNames.PROXY_CONNECTION).remove(HttpHeaderNames.UPGRADE);
    }

    /** One request and its response. */
    private static final class Exchange {
        private Http1Instance instance;
        /** The request's head, while it may be sent again on a new connection (see {@link #resend}). */
        private HttpRequest resendable;
        private long bodyBytes;
        private boolean keepAlive;
        private final HttpVersion version;
        private boolean head;
        private boolean interim;
        private boolean requestComplete;
        private boolean responseStarted;
        private boolean responseComplete;

        Exchange(Http1Instance instance, boolean keepAlive, HttpVersion version) {
            this.instance = instance;
            this.keepAlive = keepAlive;
            this.version = version;
        }
    }
}
