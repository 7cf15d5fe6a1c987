package dev.sandboxtests.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Large bodies pass through the router intact, and they stream: the backend sees the first bytes of
 * a request before the client has sent the rest, and the client sees the first bytes of a response
 * before the backend has written the rest. A router that buffered whole bodies would never release
 * the gates below and these tests would fail (after a generous wait, not a timing assertion).
 */
class ServiceRouterStreamingTest {

    private static final int SIZE = 20 * 1024 * 1024;
    private static final int FIRST_PART = 1024 * 1024;
    private static final long GATE_SECONDS = 30;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static final Resources RESOURCES = new Resources();
    private static final RoutingKey KEY = RoutingKey.random();
    private static ServiceRouter router;
    private static CountDownLatch backendSawFirstBytes;
    private static CountDownLatch clientSawFirstBytes;
    private static final AtomicLong BACKEND_RECEIVED = new AtomicLong();

    @BeforeAll
    static void start() throws IOException {
        ExecutorService executor = Executors.newCachedThreadPool();
        RESOURCES.add(executor::shutdownNow);
        HttpServer backend = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        backend.createContext("/upload", ServiceRouterStreamingTest::digestUpload);
        backend.createContext("/download", ServiceRouterStreamingTest::sendDownload);
        backend.setExecutor(executor);
        backend.start();
        RESOURCES.add(() -> backend.stop(0));
        URI uri = URI.create("http://127.0.0.1:" + backend.getAddress().getPort());

        router = RESOURCES.add(new ServiceRouter("files", RoutingHeaders.defaults()));
        router.routeBaseline(RESOURCES.add(NamedBackend.start("baseline")).asService());
        router.routeFork(KEY, RunningService.inJvm(uri, () -> { }), "fork 'streaming' of service 'files'");
    }

    @AfterAll
    static void stop() throws Exception {
        RESOURCES.close();
    }

    @BeforeEach
    void closeTheGates() {
        backendSawFirstBytes = new CountDownLatch(1);
        clientSawFirstBytes = new CountDownLatch(1);
        BACKEND_RECEIVED.set(0);
    }

    @Test
    void aLargeRequestBodyStreamsThroughIntact() throws Exception {
        GatedBody body = new GatedBody(SIZE, FIRST_PART, backendSawFirstBytes);
        HttpRequest request = HttpRequest.newBuilder(router.uri().resolve("/upload"))
                .header("baggage", "sd-routing-key=" + KEY)
                .timeout(Duration.ofSeconds(GATE_SECONDS * 2))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();

        HttpResponse<String> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new AssertionError("The upload stalled: the client gave " + body.given + " bytes, the backend received "
                    + BACKEND_RECEIVED.get() + " of " + SIZE, e);
        }

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(SIZE + " bytes, sha-256 " + body.digest());
    }

    @Test
    void aLargeResponseBodyStreamsThroughIntact() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(router.uri().resolve("/download"))
                .timeout(Duration.ofSeconds(GATE_SECONDS * 2))
                .header("baggage", "sd-routing-key=" + KEY)
                .build();

        HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());

        MessageDigest digest = sha256();
        long total = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
                total += n;
                if (total >= FIRST_PART) {
                    clientSawFirstBytes.countDown();
                }
            }
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(total).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(expectedDownloadDigest());
    }

    /** Reads the whole request body, releasing the client's gate once the first part arrived. */
    private static void digestUpload(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            MessageDigest digest = sha256();
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
                total += n;
                BACKEND_RECEIVED.set(total);
                backendSawFirstBytes.countDown();
            }
            byte[] answer = (total + " bytes, sha-256 " + HexFormat.of().formatHex(digest.digest()))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    /** Sends the first part, waits until the client has it, then sends the rest (chunked). */
    private static void sendDownload(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            Random bytes = new Random(SIZE);
            byte[] chunk = new byte[64 * 1024];
            for (int sent = 0; sent < SIZE; sent += chunk.length) {
                if (sent == FIRST_PART) {
                    out.flush();
                    if (!await(clientSawFirstBytes)) {
                        return; // the client gets a truncated body: the test fails on its length
                    }
                }
                bytes.nextBytes(chunk);
                out.write(chunk);
            }
        }
    }

    private static String expectedDownloadDigest() {
        MessageDigest digest = sha256();
        Random bytes = new Random(SIZE);
        byte[] chunk = new byte[64 * 1024];
        for (int sent = 0; sent < SIZE; sent += chunk.length) {
            bytes.nextBytes(chunk);
            digest.update(chunk);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(GATE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Pseudo-random request bytes that stop after the first part until the backend has received some
     * of them; keeps the SHA-256 of everything it gave out.
     */
    private static final class GatedBody extends InputStream {
        private final long size;
        private final long gateAt;
        private final CountDownLatch gate;
        private final Random random = new Random(42);
        private final MessageDigest digest = sha256();
        private final byte[] chunk = new byte[64 * 1024];
        private int chunkPosition = chunk.length;
        private volatile long given;

        GatedBody(long size, long gateAt, CountDownLatch gate) {
            this.size = size;
            this.gateAt = gateAt;
            this.gate = gate;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (given >= size) {
                return -1;
            }
            if (given >= gateAt && gate.getCount() > 0 && !ServiceRouterStreamingTest.await(gate)) {
                throw new InterruptedIOException("the backend saw none of the first " + gateAt
                        + " bytes: the router does not stream request bodies");
            }
            if (chunkPosition == chunk.length) {
                random.nextBytes(chunk);
                chunkPosition = 0;
            }
            int n = (int) Math.min(Math.min(length, chunk.length - chunkPosition), size - given);
            System.arraycopy(chunk, chunkPosition, target, offset, n);
            digest.update(chunk, chunkPosition, n);
            chunkPosition += n;
            given += n;
            return n;
        }

        String digest() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
