package dev.sandboxtests.local;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObject;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The kept-alive HTTP/1.1 connections of one HTTP/2 caller connection to one instance that speaks HTTP/1.1
 * only, for the calls {@link H2ToHttp1} translates: a call takes an idle connection or opens one, and gives it
 * back when its exchange ended cleanly, so that calls one after another reuse one connection as the HTTP/1.1
 * relay's requests do.
 */
final class Http1Links {

    private final EventLoop loop;
    private final InetSocketAddress address;
    private final ArrayDeque<Link> idle = new ArrayDeque<>();
    private final List<Link> all = new ArrayList<>();

    Http1Links(EventLoop loop, InetSocketAddress address) {
        this.loop = loop;
        this.address = address;
    }

    /** A connection for {@code exchange}: an idle one, or a new one. */
    Link take(H2ToHttp1 exchange) {
        Link link = idle.poll();
        if (link == null) {
            link = new Link();
            all.add(link);
        }
        link.exchange = exchange;
        return link;
    }

    void closeAll() {
        List.copyOf(all).forEach(Link::close);
        idle.clear();
    }

    /** One connection; its exchange receives what the instance sends. */
    final class Link extends ChannelInboundHandlerAdapter {
        private final Channel channel;
        private final ArrayDeque<Object> beforeConnected = new ArrayDeque<>();
        private final ArrayDeque<Runnable> writtenBeforeConnected = new ArrayDeque<>();
        private boolean connected;
        private H2ToHttp1 exchange;
        /** The exchange that received something in this read, ended or not: what it wrote to the caller goes out. */
        private H2ToHttp1 unflushed;

        private Link() {
            ChannelFuture connecting = InstanceConnections.open(loop, address, true, new HttpClientCodec(), this);
            channel = connecting.channel();
            connecting.addListener(result -> {
                if (result.isSuccess()) {
                    connected = true;
                    while (!beforeConnected.isEmpty()) {
                        Runnable written = writtenBeforeConnected.poll();
                        channel.write(beforeConnected.poll()).addListener(w -> written.run());
                    }
                    channel.flush();
                } else {
                    lost(result.cause());
                }
            });
        }

        void send(Object message, Runnable written) {
            if (connected) {
                channel.writeAndFlush(message).addListener(w -> written.run());
            } else {
                beforeConnected.add(message);
                writtenBeforeConnected.add(written);
            }
        }

        /** The exchange ended cleanly: the connection waits for the next call. */
        void giveBack() {
            exchange = null;
            if (channel.isActive()) {
                idle.add(this);
            } else {
                close();
            }
        }

        void close() {
            exchange = null;
            idle.remove(this);
            all.remove(this);
            beforeConnected.forEach(ReferenceCountUtil::release);
            beforeConnected.clear();
            writtenBeforeConnected.forEach(Runnable::run);
            writtenBeforeConnected.clear();
            channel.close();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (exchange == null) {
                ReferenceCountUtil.release(msg); // nothing was asked: the connection is out of step
                close();
            } else {
                unflushed = exchange;
                exchange.fromInstance((HttpObject) msg);
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            if (unflushed != null) {
                unflushed.flushCaller();
                unflushed = null;
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            lost(new IOException("the instance closed the connection before its response was complete"));
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            lost(cause);
        }

        private void lost(Throwable cause) {
            H2ToHttp1 failed = exchange;
            close();
            if (failed != null) {
                failed.fail(cause);
            }
        }
    }
}
