package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.routing.RoutingHeaders;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http2.Http2FrameCodec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which connections the router's own relays take (HTTP/1.1, and HTTP/2 with prior knowledge), and which it
 * leaves to Armeria: decided on the first bytes, with a stand-in for Armeria's handlers behind it.
 */
class RelayTakeoverTest {

    /** A router with no baseline: a request the relay takes gets its 503 answer, without any instance. */
    private static ServiceRouter router;

    @BeforeAll
    static void startRouter() {
        router = new ServiceRouter("catalog", RoutingHeaders.defaults());
    }

    @AfterAll
    static void stopRouter() {
        router.close();
    }

    @Test
    void aPlainHttp1ConnectionIsTakenAndArmeriasHandlersAreRemoved() {
        Connection connection = new Connection();

        connection.receive("GET /items HTTP/1.1\r\nHost: x\r\nUpgrade-Insecure-Requests: 1\r\n\r\n");

        assertThat(connection.channel.pipeline().get(HttpServerCodec.class)).isNotNull();
        assertThat(connection.channel.pipeline().get(Http1Relay.class)).isNotNull();
        assertThat(connection.channel.pipeline().get(RelayTakeover.class)).isNull();
        assertThat(connection.channel.pipeline().get(ArmeriaStandIn.class)).isNull();
        assertThat(connection.armeria.received.size()).as("bytes that reached Armeria").isZero();
        assertThat(connection.sent()).startsWith("HTTP/1.1 503 Service Unavailable\r\n")
                .contains("Sandbox router of 'catalog' has no baseline yet.");
    }

    @Test
    void aHeadArrivingInPiecesIsDecidedWhenItIsWhole() {
        Connection connection = new Connection();

        connection.receive("GET /items HTTP/1.1\r\nHo");
        assertThat(connection.channel.pipeline().get(RelayTakeover.class)).as("not decided yet").isNotNull();
        connection.receive("st: x\r\n\r\n");

        assertThat(connection.channel.pipeline().get(Http1Relay.class)).isNotNull();
        assertThat(connection.sent()).startsWith("HTTP/1.1 503 ");
    }

    @Test
    void http2WithPriorKnowledgeIsTakenByTheHttp2Relay() {
        Connection connection = new Connection();

        connection.receive("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

        assertThat(connection.channel.pipeline().get(Http2FrameCodec.class)).isNotNull();
        assertThat(connection.channel.pipeline().get(H2Relay.class)).isNotNull();
        assertThat(connection.channel.pipeline().get(ArmeriaStandIn.class)).isNull();
        assertThat(connection.armeria.received.size()).as("bytes that reached Armeria").isZero();
        assertThat(connection.sent()).as("the relay's SETTINGS").isNotEmpty();
    }

    @Test
    void anUpgradeRequestGoesToArmeria() {
        assertGoesToArmeria("GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                + "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n");
    }

    @Test
    void aGrpcCallerOverHttp1GoesToArmeriaWhichAnswersItsErrorsAsGrpcStatuses() {
        assertGoesToArmeria("POST /echo.Echo/Say HTTP/1.1\r\nHost: x\r\nContent-Type: application/grpc+proto\r\n\r\n");
    }

    private static void assertGoesToArmeria(String opening) {
        Connection connection = new Connection();

        connection.receive(opening);

        assertThat(connection.channel.pipeline().get(RelayTakeover.class)).isNull();
        assertThat(connection.channel.pipeline().get(Http1Relay.class)).isNull();
        assertThat(connection.armeria.received.toString(StandardCharsets.ISO_8859_1)).isEqualTo(opening);
    }

    /** A connection of the router's, with a stand-in for Armeria's handlers that records what reaches them. */
    private static final class Connection {
        final ArmeriaStandIn armeria = new ArmeriaStandIn();
        final EmbeddedChannel channel = new EmbeddedChannel(new RelayTakeover(router), armeria);

        void receive(String bytes) {
            channel.writeInbound(Unpooled.copiedBuffer(bytes, StandardCharsets.ISO_8859_1));
            channel.runPendingTasks();
        }

        String sent() {
            StringBuilder sent = new StringBuilder();
            for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
                ByteBuf bytes = (ByteBuf) out;
                sent.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.release();
            }
            return sent.toString();
        }
    }

    private static final class ArmeriaStandIn extends ChannelInboundHandlerAdapter {
        final ByteArrayOutputStream received = new ByteArrayOutputStream();

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf bytes = (ByteBuf) msg;
            byte[] copy = new byte[bytes.readableBytes()];
            bytes.readBytes(copy);
            received.writeBytes(copy);
            bytes.release();
        }
    }
}
