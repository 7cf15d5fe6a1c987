package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sandboxtests.routing.RoutingHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The router speaks plain text (http://, h2c). A client that starts a TLS handshake with it (an
 * {@code https://} address by mistake) fails at once instead of waiting for an answer that never comes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceRouterTlsTest {

    /**
     * The client's own timeout, the only bound of these tests. It is shorter than the idle timeout after
     * which Armeria closes a connection that sent no complete request (15 s by default), so that a router
     * that keeps a handshake waiting makes the client time out.
     */
    private static final int CLIENT_TIMEOUT_MILLIS = 10_000;

    private ServiceRouter router;
    private NamedBackend baseline;

    @BeforeAll
    void startRouter() throws IOException {
        router = new ServiceRouter("catalog", RoutingHeaders.defaults());
        baseline = NamedBackend.start("baseline");
        router.routeBaseline(baseline.asService());
    }

    @AfterAll
    void stopRouter() {
        router.close();
        baseline.close();
    }

    @Test
    void aClientHelloWithoutALineFeedIsNotLeftWaiting() throws Exception {
        // Netty's HTTP/1.1 decoder took a ClientHello for the start of a request line and waited for its
        // line feed; whether a real client's hello holds a 0x0A byte is chance, so this one holds none.
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", router.uri().getPort()), CLIENT_TIMEOUT_MILLIS);
            socket.setSoTimeout(CLIENT_TIMEOUT_MILLIS);
            socket.getOutputStream().write(clientHelloWithoutLineFeed());
            socket.getOutputStream().flush();

            assertThat(howItEnds(socket.getInputStream())).as("how the connection ends").matches("closed|reset.*");
        }
        assertPlainHttpStillWorks();
    }

    @Test
    void aTlsHandshakeFailsAtOnce() throws Exception {
        try (SSLSocket socket = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", router.uri().getPort()), CLIENT_TIMEOUT_MILLIS);
            socket.setSoTimeout(CLIENT_TIMEOUT_MILLIS);

            Throwable failure = catchThrowable(socket::startHandshake);

            assertThat(failure).as("the handshake with a plain-text router")
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(SocketTimeoutException.class);
        }
        assertPlainHttpStillWorks();
    }

    private void assertPlainHttpStillWorks() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(router.uri().resolve("/items")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo("baseline GET /items");
    }

    /**
     * Reads whatever the router answers until it ends the connection: {@code closed} or {@code reset ...}.
     * If the router keeps it open, the client's timeout throws a {@link SocketTimeoutException}.
     */
    private static String howItEnds(InputStream in) throws IOException {
        try {
            while (in.read() >= 0) {
                // an answer, if any, is not asked for: only that the connection ends
            }
            return "closed";
        } catch (SocketException e) {
            return "reset: " + e.getMessage();
        }
    }

    /**
     * A valid TLS 1.2 ClientHello (RFC 5246, 7.4.1.2) of one cipher suite and no extensions, whose bytes
     * hold no line feed.
     */
    private static byte[] clientHelloWithoutLineFeed() {
        int bodyLength = 2 + 32 + 1 + 2 + 2 + 1 + 1;
        ByteBuffer hello = ByteBuffer.allocate(5 + 4 + bodyLength)
                .put((byte) 0x16).putShort((short) 0x0301).putShort((short) (4 + bodyLength)) // record: handshake
                .put((byte) 0x01).put((byte) 0).putShort((short) bodyLength)                   // ClientHello
                .putShort((short) 0x0303);                                                       // TLS 1.2
        for (int i = 0; i < 32; i++) {
            hello.put((byte) 0x41);                                                              // "random"
        }
        return hello.put((byte) 0)                                  // no session id
                .putShort((short) 2).putShort((short) 0x002f)       // TLS_RSA_WITH_AES_128_CBC_SHA
                .put((byte) 1).put((byte) 0)                        // no compression
                .array();
    }
}
