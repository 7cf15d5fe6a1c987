package dev.sandboxtests.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plain HTTP server for client-side tests: {@code /headers} answers with the request headers it
 * received (names lower-cased, values in order) as JSON; {@code /binary} answers 201 with repeated
 * headers and every byte value 0-255 as body.
 */
final class HeaderEchoServer implements AutoCloseable {

    static final byte[] BINARY_BODY = allByteValues();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    HeaderEchoServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/headers", HeaderEchoServer::echoHeaders);
        server.createContext("/binary", HeaderEchoServer::binary);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void echoHeaders(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        byte[] body = JSON.writeValueAsBytes(headers);
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static void binary(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.getResponseHeaders().add("X-Sandbox-Note", "first");
            exchange.getResponseHeaders().add("X-Sandbox-Note", "second");
            exchange.sendResponseHeaders(201, BINARY_BODY.length);
            exchange.getResponseBody().write(BINARY_BODY);
        }
    }

    private static byte[] allByteValues() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
