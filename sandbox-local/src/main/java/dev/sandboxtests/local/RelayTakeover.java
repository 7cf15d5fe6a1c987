package dev.sandboxtests.local;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * In the router's pipeline before Armeria's handlers: reads the start of a connection and gives it to one of
 * the router's own relays, or to Armeria.
 * <ul>
 *   <li>HTTP/2 with prior knowledge (the preface; gRPC clients and h2c clients open connections so): the
 *       {@link H2Relay}, on Netty's HTTP/2 frame codec;</li>
 *   <li>plain HTTP/1.1: the {@link Http1Relay}, on Netty's HTTP/1.1 codec;</li>
 *   <li>a first request that asks to {@code Upgrade} (to h2c, as the JDK's HttpClient does by default, or
 *       anything else), a gRPC caller over HTTP/1.1, or a first head over 16 KiB: Armeria.</li>
 * </ul>
 *
 * <p>Why relays of our own: Armeria makes, for every request it proxies, a server and a client request
 * context, their request logs and header conversions; for the small exchanges of a test run that is about
 * twice the CPU nginx spends routing the same request (docs/benchmarks.md, "The router against nginx").
 * Relaying Netty's own HTTP objects or HTTP/2 frames to a connection to the instance on the same event loop
 * does the same job with much less. The decision is made once per connection.
 */
final class RelayTakeover extends ByteToMessageDecoder {

    /** The longest first request head looked at; a longer one goes to Armeria, which answers it. */
    private static final int MAX_HEAD = 16 * 1024;
    private static final byte[] HTTP2_PREFACE_START = "PRI ".getBytes(StandardCharsets.US_ASCII);

    private final ServiceRouter router;

    RelayTakeover(ServiceRouter router) {
        this.router = router;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < HTTP2_PREFACE_START.length) {
            return;
        }
        if (startsWith(in, HTTP2_PREFACE_START)) {
            takeOver(ctx, Http2FrameCodecBuilder.forServer().build(), new H2Relay(router));
            return;
        }
        int headEnd = endOfHead(in);
        if (headEnd < 0) {
            if (in.readableBytes() >= MAX_HEAD) {
                stepAside(ctx);
            }
            return;
        }
        String head = in.toString(in.readerIndex(), headEnd - in.readerIndex(), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("\nupgrade:") || head.contains("\ncontent-type: application/grpc")
                || head.contains("\ncontent-type:application/grpc")) {
            stepAside(ctx);
        } else {
            takeOver(ctx, new HttpServerCodec(), new Http1Relay(router));
        }
    }

    /** Removing a decoder passes the bytes it holds on to the next handler: Armeria's. */
    private void stepAside(ChannelHandlerContext ctx) {
        ctx.pipeline().remove(this);
    }

    private void takeOver(ChannelHandlerContext ctx, ChannelHandler codec, ChannelHandler relay) {
        ChannelPipeline pipeline = ctx.pipeline();
        List<String> names = pipeline.names();
        for (String name : names.subList(names.indexOf(ctx.name()) + 1, names.size())) {
            if (pipeline.context(name) != null) {
                pipeline.remove(name);
            }
        }
        // Armeria switches the write watermarks off on its connections; the relay needs them for back-pressure.
        ctx.channel().config().setWriteBufferWaterMark(WriteBufferWaterMark.DEFAULT);
        pipeline.addLast(codec, relay);
        pipeline.remove(this);
    }

    private static boolean startsWith(ByteBuf in, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (in.getByte(in.readerIndex() + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The index just past the blank line that ends the first request head, or -1 if it has not arrived. */
    private static int endOfHead(ByteBuf in) {
        int end = Math.min(in.writerIndex(), in.readerIndex() + MAX_HEAD);
        for (int i = in.readerIndex() + 3; i < end; i++) {
            if (in.getByte(i) == '\n' && in.getByte(i - 1) == '\r' && in.getByte(i - 2) == '\n'
                    && in.getByte(i - 3) == '\r') {
                return i + 1;
            }
        }
        return -1;
    }
}
