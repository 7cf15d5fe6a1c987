package dev.sandboxtests.local;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** A started service instance. {@link #close()} stops it and must be idempotent. */
public interface RunningService extends AutoCloseable {

    /** Where the instance listens, e.g. {@code http://127.0.0.1:40123}. */
    URI uri();

    /** Why the instance can no longer serve (for a process: it exited, with its code and last log lines). */
    default Optional<String> failure() {
        return Optional.empty();
    }

    /** What helps to understand a problem with this instance, e.g. its last log lines; may be empty. */
    default String diagnostics() {
        return "";
    }

    /** Stops the instance and frees what it holds. */
    @Override
    void close();

    /** An instance running in this JVM, stopped by {@code stop}. */
    static RunningService inJvm(URI uri, AutoCloseable stop) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(stop, "stop");
        return new RunningService() {
            private boolean closed;

            @Override
            public URI uri() {
                return uri;
            }

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    try {
                        stop.close();
                    } catch (Exception e) {
                        throw new IllegalStateException("Could not stop in-JVM service at " + uri + ": " + e.getMessage(), e);
                    }
                }
            }

            @Override
            public String toString() {
                return "in-JVM service at " + uri;
            }
        };
    }
}
