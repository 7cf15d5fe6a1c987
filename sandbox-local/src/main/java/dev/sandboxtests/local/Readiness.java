package dev.sandboxtests.local;

import dev.sandboxtests.provider.SandboxException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** How to tell that a started instance serves: its port accepts connections, or a path answers. */
final class Readiness {

    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient PROBE_CLIENT = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final boolean probed;
    private final String path;
    private final Duration interval;

    private Readiness(boolean probed, String path, Duration interval) {
        this.probed = probed;
        this.path = path;
        this.interval = interval;
    }

    static Readiness tcp() {
        return new Readiness(true, null, Duration.ofMillis(50));
    }

    /** Ready once started: for services that serve no requests (a consumer of a queue). */
    static Readiness whenStarted() {
        return new Readiness(false, null, Duration.ZERO);
    }

    static Readiness http(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A readiness path starts with '/', but was '" + path + "'");
        }
        return new Readiness(true, path, Duration.ofMillis(50));
    }

    Readiness every(Duration interval) {
        return new Readiness(probed, path, interval);
    }

    /**
     * Waits until {@code instance} is ready.
     *
     * @param setting what sets {@code timeout}, for the hint in the message
     * @throws SandboxException if it fails first or is not ready within {@code timeout}: names
     *     {@code who}, what the probe saw last, what would make it ready, and the instance's diagnostics
     */
    void await(RunningService instance, Duration timeout, String who, String setting) {
        if (!probed) {
            instance.failure().ifPresent(failure -> {
                throw new SandboxException(who + " failed as it started: " + failure);
            });
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Probe lastResult = new Probe(Probe.Kind.NOT_PROBED, "not probed yet");
        while (true) {
            Optional<String> failure = instance.failure();
            if (failure.isPresent()) {
                throw new SandboxException(who + " failed before it was ready: " + failure.get());
            }
            Optional<Probe> notReady = probe(instance.uri());
            if (notReady.isEmpty()) {
                return;
            }
            lastResult = notReady.get();
            if (System.nanoTime() > deadline) {
                String diagnostics = instance.diagnostics();
                throw new SandboxException(who + " was not ready within " + wholeSeconds(timeout) + " s ("
                        + describe() + " at " + instance.uri() + "; last result: " + lastResult.text() + ")."
                        + (diagnostics.isEmpty() ? "" : "\n" + diagnostics)
                        + "\n" + hint(lastResult) + " If it only needs longer, raise " + setting + ".");
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SandboxException("Interrupted while waiting for " + who + " to be ready", e);
            }
        }
    }

    /** Empty when ready; otherwise what the probe saw. */
    private Optional<Probe> probe(URI uri) {
        if (path == null) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) CONNECT_TIMEOUT.toMillis());
                return Optional.empty();
            } catch (IOException e) {
                return Optional.of(new Probe(Probe.Kind.NO_CONNECTION, String.valueOf(e.getMessage())));
            }
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(uri.resolve(path)).timeout(PROBE_TIMEOUT).GET().build();
            int status = PROBE_CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status < 500 ? Optional.empty() : Optional.of(new Probe(Probe.Kind.NOT_READY_ANSWER, "HTTP " + status));
        } catch (HttpTimeoutException e) {
            return Optional.of(new Probe(Probe.Kind.NO_ANSWER, "no answer within " + PROBE_TIMEOUT.toSeconds() + " s"));
        } catch (IOException e) {
            return Optional.of(new Probe(Probe.Kind.NO_CONNECTION, e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new Probe(Probe.Kind.NOT_PROBED, "interrupted"));
        }
    }

    /** What would make the instance ready, after what the probe saw last. */
    private String hint(Probe last) {
        return switch (last.kind()) {
            case NOT_READY_ANSWER -> "It listens, but GET " + path + " answered " + last.text() + ": it is ready once"
                    + " GET " + path + " answers with a status below 500.";
            case NO_ANSWER -> "It accepts connections but did not answer GET " + path + "; check that it serves HTTP"
                    + " there and does not block its request threads.";
            case NO_CONNECTION, NOT_PROBED -> "Check that it listens on 127.0.0.1 at the port it was given"
                    + " (LaunchContext.port(), ${port} or PORT for child processes)"
                    + (path == null ? "." : ", and that GET " + path + " then answers below 500.");
        };
    }

    /** One probe's outcome. */
    private record Probe(Kind kind, String text) {
        enum Kind { NOT_PROBED, NO_CONNECTION, NO_ANSWER, NOT_READY_ANSWER }
    }

    /**
     * Rounded up: a sandbox passes what is left of its ready timeout, a little less than configured,
     * and {@code readyTimeout = "1s"} must not be reported as "0 s".
     */
    static long wholeSeconds(Duration timeout) {
        return Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    private String describe() {
        return path == null ? "TCP connect" : "GET " + path;
    }
}
