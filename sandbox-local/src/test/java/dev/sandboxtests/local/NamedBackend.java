package dev.sandboxtests.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1-only backend in this JVM (the JDK's {@code HttpServer}) that answers every request
 * with its own name, the method and the target, so that a test sees which instance served it:
 * {@code "fork-a GET /items?id=7"}. The {@code baggage} it received comes back in
 * {@code x-received-baggage}.
 */
final class NamedBackend implements AutoCloseable {

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    private NamedBackend(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    static NamedBackend start(String name) throws IOException {
        return new NamedBackend(name);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** This backend as an instance the router can route to; closing it stops the backend. */
    RunningService asService() {
        return RunningService.inJvm(uri(), this);
    }

    /** How many requests reached this backend. */
    int requests() {
        return requests.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
            String baggage = exchange.getRequestHeaders().getFirst("baggage");
            if (baggage != null) {
                exchange.getResponseHeaders().add("x-received-baggage", baggage);
            }
            byte[] answer = (name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI())
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "backend '" + name + "' at " + uri();
    }
}
