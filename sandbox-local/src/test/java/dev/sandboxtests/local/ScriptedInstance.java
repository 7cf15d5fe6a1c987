package dev.sandboxtests.local;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An instance that answers byte for byte as its test scripts it, on a socket of its own: for what well-behaved
 * servers never do (a body that ends when the connection closes, a response broken off, an interim 100), and
 * to see the request head exactly as the router sent it.
 */
final class ScriptedInstance implements AutoCloseable {

    /** What the instance does on each accepted connection. */
    @FunctionalInterface
    interface Script {
        void run(Socket connection, ScriptedInstance instance) throws IOException;
    }

    private final ServerSocket server;
    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    private ScriptedInstance(Script script) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket connection = server.accept();
                    connections.add(connection);
                    Thread handler = new Thread(() -> {
                        try (connection) {
                            script.run(connection, this);
                        } catch (IOException ignored) {
                            // The router closed the connection: the script ends with it.
                        }
                    }, "scripted-instance-connection");
                    handler.setDaemon(true);
                    handler.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "scripted-instance");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ScriptedInstance start(Script script) throws IOException {
        return new ScriptedInstance(script);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    RunningService asService() {
        return RunningService.inJvm(uri(), () -> { });
    }

    /** The request heads this instance read, in order, each as sent (lines joined by CRLF). */
    List<String> heads() {
        return heads;
    }

    /** How many connections the router opened to this instance. */
    int connections() {
        return connections.size();
    }

    /** Reads one request head from {@code in} and keeps it; empty when the connection ended first. */
    String readHead(InputStream in) throws IOException {
        String head = head(in);
        heads.add(head);
        return head;
    }

    static void write(Socket connection, String text) throws IOException {
        connection.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        connection.getOutputStream().flush();
    }

    /** Reads up to and including the blank line after a head; the head without that line. */
    static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection closed in the middle of a head: " + head);
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.UTF_8);
        return text.substring(0, text.length() - 4);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
