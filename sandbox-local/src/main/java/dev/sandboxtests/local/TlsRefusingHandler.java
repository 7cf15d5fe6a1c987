package dev.sandboxtests.local;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.ssl.SslHandler;
import java.util.List;

/**
 * First in the router's pipeline: closes a connection that opens with a TLS record (a client given an
 * {@code https://} address by mistake), and steps aside for every other connection after its first five
 * bytes.
 *
 * <p>The router speaks plain text. Without this, Netty's HTTP/1.1 decoder takes a ClientHello for the
 * start of a request line: a hello that happens to hold a line feed is answered 400, one that holds none
 * waits for the rest of the line until the idle timeout, and its client hangs until it gives up. Armeria
 * tells TLS from plain text only on ports that serve both (with a certificate); the test is the one it uses
 * there, Netty's {@link SslHandler#isEncrypted}, without the SSLv2 probe: the first byte of a TLS record
 * is a content type (20 to 23), which no HTTP/1.1 method and not the HTTP/2 preface begins with.
 */
final class TlsRefusingHandler extends ByteToMessageDecoder {

    private static final int TLS_RECORD_HEADER_LENGTH = 5;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < TLS_RECORD_HEADER_LENGTH) {
            return;
        }
        if (SslHandler.isEncrypted(in, false)) {
            in.skipBytes(in.readableBytes());
            ctx.close();
        } else {
            // Removing a decoder passes on the bytes it holds, to Armeria's own handlers.
            ctx.pipeline().remove(this);
        }
    }
}
