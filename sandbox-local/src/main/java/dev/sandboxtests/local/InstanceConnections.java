package dev.sandboxtests.local;

import com.linecorp.armeria.common.util.EventLoopGroups;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import java.net.InetSocketAddress;

/** How the router's relays connect to an instance: on the caller's event loop, no Nagle delay. */
final class InstanceConnections {

    private InstanceConnections() {
    }

    /**
     * Starts connecting to {@code address} on {@code loop} (the caller's connection's, so that both sides of
     * an exchange run on one thread), with {@code handlers} as the connection's pipeline.
     */
    static ChannelFuture open(EventLoop loop, InetSocketAddress address, boolean autoRead, ChannelHandler... handlers) {
        return new Bootstrap()
                .group(loop)
                .channel(EventLoopGroups.socketChannelType(loop))
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.AUTO_READ, autoRead)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(handlers);
                    }
                })
                .connect(new InetSocketAddress(address.getHostString(), address.getPort()));
    }
}
