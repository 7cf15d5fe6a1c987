package dev.sandboxtests.local;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 connection of a caller, written and read byte for byte: for pipelining, interim responses and
 * seeing how a response is framed (length, chunked, or up to the close).
 */
final class RawConnection implements AutoCloseable {

    /** A response: status, headers (names in lower case, last value wins), body, and how the body was framed. */
    record Response(int status, Map<String, String> headers, String body, String framing) {
    }

    private final Socket socket;
    private final DataInputStream in;

    RawConnection(URI server) throws IOException {
        socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout(30_000);
        in = new DataInputStream(socket.getInputStream());
    }

    /** What the server sent that has not been read yet. */
    InputStream input() {
        return in;
    }

    RawConnection send(String bytes) throws IOException {
        socket.getOutputStream().write(bytes.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return this;
    }

    /** Reads one response; {@code bodyless} for the answer to a HEAD request. */
    Response read(boolean bodyless) throws IOException {
        String[] lines = ScriptedInstance.head(in).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        if (bodyless || status / 100 == 1 || status == 204 || status == 304) {
            return new Response(status, headers, "", "none");
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            return new Response(status, headers, chunks(), "chunked");
        }
        if (headers.containsKey("content-length")) {
            byte[] body = new byte[Integer.parseInt(headers.get("content-length"))];
            in.readFully(body);
            return new Response(status, headers, new String(body, StandardCharsets.UTF_8), "length");
        }
        return new Response(status, headers, new String(in.readAllBytes(), StandardCharsets.UTF_8), "close");
    }

    Response read() throws IOException {
        return read(false);
    }

    /** Whether the server closed this connection (reading finds its end within 5 s). */
    boolean closedByServer() throws IOException {
        socket.setSoTimeout(5_000);
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } finally {
            socket.setSoTimeout(30_000);
        }
    }

    private String chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            byte[] chunk = new byte[size];
            in.readFully(chunk);
            body.write(chunk);
            in.readFully(new byte[2]);
        }
        ScriptedInstance.head(prefixed(in));
        return body.toString(StandardCharsets.UTF_8);
    }

    /** The trailer section after the last chunk ends with an empty line, possibly at once. */
    private static InputStream prefixed(DataInputStream in) {
        return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream("\r\n".getBytes(StandardCharsets.US_ASCII)), in);
    }

    private int chunkSize() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new java.io.EOFException("the connection closed in the middle of a chunked body");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return Integer.parseInt(line.toString().split(";")[0].trim(), 16);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
