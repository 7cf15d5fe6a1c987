package dev.sandboxtests.reaper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

/** Processes a test starts to stand for leftovers and owners; whatever is left is killed after the test. */
final class Processes implements AutoCloseable {

    static final Duration GENEROUS = Duration.ofSeconds(30);

    private final Deque<ProcessHandle> started = new ArrayDeque<>();

    /** A process that runs until it is stopped. */
    ProcessHandle sleeping() {
        return start("sleep", "300");
    }

    ProcessHandle start(String... command) {
        try {
            ProcessHandle process = new ProcessBuilder(command).redirectErrorStream(true).start().toHandle();
            started.push(process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An owner that has ended: a process that ran and was stopped. */
    Owner endedOwner() throws InterruptedException {
        ProcessHandle process = sleeping();
        Owner owner = ownerOf(process);
        process.destroyForcibly();
        process.onExit().join();
        return owner;
    }

    static Owner ownerOf(ProcessHandle process) {
        return new Owner(process.pid(), start(process).toEpochMilli());
    }

    static Instant start(ProcessHandle process) {
        return process.info().startInstant().orElseThrow();
    }

    /** Waits (without asserting on time) until {@code condition} holds; fails naming {@code what} after {@link #GENEROUS}. */
    static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + GENEROUS.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + GENEROUS + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        started.forEach(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
    }
}
