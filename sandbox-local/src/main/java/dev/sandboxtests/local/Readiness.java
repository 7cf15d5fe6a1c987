package dev.sandboxtests.local;

import dev.sandboxtests.provider.SandboxException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** How to tell that a started instance serves: its port accepts connections, or a path answers. */
final class Readiness {

    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    private static final HttpClient PROBE_CLIENT = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String path;
    private final Duration interval;

    private Readiness(String path, Duration interval) {
        this.path = path;
        this.interval = interval;
    }

    static Readiness tcp() {
        return new Readiness(null, Duration.ofMillis(50));
    }

    static Readiness http(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A readiness path starts with '/', but was '" + path + "'");
        }
        return new Readiness(path, Duration.ofMillis(50));
    }

    Readiness every(Duration interval) {
        return new Readiness(path, interval);
    }

    /**
     * Waits until {@code instance} is ready.
     *
     * @throws SandboxException if it fails first or is not ready within {@code timeout}: names
     *     {@code who}, the last probe result and the instance's diagnostics
     */
    void await(RunningService instance, Duration timeout, String who) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastResult = "not probed yet";
        while (true) {
            Optional<String> failure = instance.failure();
            if (failure.isPresent()) {
                throw new SandboxException(who + " failed before it was ready: " + failure.get());
            }
            Optional<String> notReady = probe(instance.uri());
            if (notReady.isEmpty()) {
                return;
            }
            lastResult = notReady.get();
            if (System.nanoTime() > deadline) {
                String diagnostics = instance.diagnostics();
                throw new SandboxException(who + " was not ready within " + wholeSeconds(timeout) + " s ("
                        + describe() + " at " + instance.uri() + "; last result: " + lastResult + ")."
                        + (diagnostics.isEmpty() ? "" : "\n" + diagnostics)
                        + "\nCheck that it listens on the port it was given, or raise @SandboxTest(readyTimeout).");
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SandboxException("Interrupted while waiting for " + who + " to be ready", e);
            }
        }
    }

    /** Empty when ready; otherwise why not. */
    private Optional<String> probe(URI uri) {
        if (path == null) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) CONNECT_TIMEOUT.toMillis());
                return Optional.empty();
            } catch (IOException e) {
                return Optional.of(String.valueOf(e.getMessage()));
            }
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(2)).GET().build();
            int status = PROBE_CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status < 500 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (IOException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /**
     * Rounded up: a sandbox passes what is left of its ready timeout, a little less than configured,
     * and {@code readyTimeout = "1s"} must not be reported as "0 s".
     */
    private static long wholeSeconds(Duration timeout) {
        return Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    private String describe() {
        return path == null ? "TCP connect" : "GET " + path;
    }
}
