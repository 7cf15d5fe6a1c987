package dev.sandboxtests.local;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/** What a test started, closed in reverse order after it, whatever failed. */
final class Resources implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    <T extends AutoCloseable> T add(T resource) {
        started.push(resource);
        return resource;
    }

    @Override
    public void close() throws IOException {
        Exception failure = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw new IOException("could not close everything a test started", failure);
        }
    }
}
