package dev.sandboxtests.local;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.ArrayDeque;

/**
 * The connection of one caller's connection ({@link Http1Relay}) to one instance, HTTP/1.1, kept alive
 * between requests and opened on the caller's event loop, so that both sides of an exchange run on one thread.
 * What is sent before the connection is up waits in order; a failure to connect, or a close before a response
 * is complete, is reported to the relay, which answers 502 naming the instance.
 */
final class Http1Instance extends ChannelInboundHandlerAdapter {

    private final InstanceRoute route;
    private final Http1Relay relay;
    private final Channel channel;
    private final ArrayDeque<Object> beforeConnected = new ArrayDeque<>();
    private boolean connected;
    private long answered;
    private boolean closeAfterResponse;
    private boolean lost;

    Http1Instance(InstanceRoute route, Http1Relay relay) {
        this.route = route;
        this.relay = relay;
        Channel caller = relay.caller();
        ChannelFuture connecting = InstanceConnections.open(caller.eventLoop(), route.address(), caller.isWritable(),
                new HttpClientCodec(), this);
        this.channel = connecting.channel();
        connecting.addListener(done -> {
            if (done.isSuccess()) {
                connected = true;
                while (!beforeConnected.isEmpty()) {
                    channel.write(beforeConnected.poll());
                }
                channel.flush();
            } else {
                lose(done.cause());
            }
        });
    }

    InstanceRoute route() {
        return route;
    }

    /** Whether a response came back on this connection before: a request sent now reuses it. */
    boolean hasAnswered() {
        return answered > 0;
    }

    /** Sends a message of the current request; it goes out at the next {@link #flush()}. */
    void send(Object msg) {
        if (lost) {
            ReferenceCountUtil.release(msg);
        } else if (connected) {
            channel.write(msg);
        } else {
            beforeConnected.add(msg);
        }
    }

    void flush() {
        if (connected) {
            channel.flush();
        }
    }

    boolean isWritable() {
        return channel.isWritable();
    }

    void setReading(boolean reading) {
        channel.config().setAutoRead(reading);
    }

    void close() {
        lost = true;
        beforeConnected.forEach(ReferenceCountUtil::release);
        beforeConnected.clear();
        channel.close();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!relay.answering(this)) {
            // A response nobody asked for: the connection is out of step, and no later response can be trusted.
            ReferenceCountUtil.release(msg);
            ctx.close();
            return;
        }
        if (msg instanceof HttpResponse response && response.status().code() >= 200 && !HttpUtil.isKeepAlive(response)) {
            closeAfterResponse = true;
        }
        relay.fromInstance((HttpObject) msg);
        if (msg instanceof LastHttpContent) {
            answered++;
        }
        if (msg instanceof LastHttpContent && closeAfterResponse && !relay.answering(this)) {
            relay.instanceClosing(this);
            lost = true;
            ctx.close();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        relay.flushToCaller();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        relay.instanceWritabilityChanged(this);
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        lose(new IOException("the instance closed the connection before its response was complete"));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        lose(cause);
        ctx.close();
    }

    private void lose(Throwable cause) {
        if (lost) {
            return;
        }
        lost = true;
        beforeConnected.forEach(ReferenceCountUtil::release);
        beforeConnected.clear();
        relay.instanceLost(this, cause);
    }
}
