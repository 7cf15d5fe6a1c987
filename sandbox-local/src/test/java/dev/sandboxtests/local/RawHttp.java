package dev.sandboxtests.local;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An HTTP/1.1 request written byte for byte on a socket, for what well-behaved clients refuse or
 * rewrite: repeated header lines exactly as given, and non-ASCII header values as UTF-8 (the JDK's
 * client sends them as {@code ?}).
 */
final class RawHttp {

    /** A response: its status code and everything after its head, read as UTF-8. */
    record Response(int status, String body) {
    }

    private static final int TIMEOUT_MILLIS = 30_000;

    private RawHttp() {
    }

    /**
     * {@code GET target} with these header lines ({@code name: value}), on a connection of its own; the
     * answer is read up to its {@code content-length}, without waiting for the server to close.
     */
    static Response get(URI server, String target, List<String> headerLines) throws IOException {
        StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\r\n")
                .append("host: 127.0.0.1:").append(server.getPort()).append("\r\n");
        headerLines.forEach(line -> head.append(line).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            String statusLine = line(in);
            int length = 0;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
                    length = Integer.parseInt(header.substring(15).trim());
                }
            }
            byte[] body = new byte[length];
            in.readFully(body);
            return new Response(Integer.parseInt(statusLine.split(" ")[1]), new String(body, StandardCharsets.UTF_8));
        }
    }

    /** One line of the response head, without its CRLF. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed in the middle of the response head: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
