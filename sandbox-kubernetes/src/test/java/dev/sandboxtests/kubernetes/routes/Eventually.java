package dev.sandboxtests.kubernetes.routes;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling for what an informer or a watching client learns asynchronously; the assertion follows it. */
final class Eventually {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private Eventually() {
    }

    /** Waits until {@code condition} holds or 20 s have passed; the caller then asserts. */
    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
