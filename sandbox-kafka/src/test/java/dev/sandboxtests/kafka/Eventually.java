package dev.sandboxtests.kafka;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for something a consumer on another thread will do; fails naming what never happened. */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** Waits until {@code condition} holds, up to 30 s; then fails with {@code what} and {@code state}. */
    public static void until(String what, BooleanSupplier condition, Supplier<Object> state) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not " + what + " after " + PATIENCE + ": " + state.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting until " + what, e);
            }
        }
    }
}
