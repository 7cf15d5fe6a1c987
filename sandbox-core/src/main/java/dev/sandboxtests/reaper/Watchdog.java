package dev.sandboxtests.reaper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The watchdog: a small JVM that a test JVM starts on its first registration (see {@link Reaper}) and
 * that outlives it. It waits until its owner has ended, removes what the owner's directory of the
 * registry still lists, and exits. Meanwhile it sweeps the directories that ended owners left in the
 * same registry. It never runs longer than the lifetime it is given: an owner that runs longer leaves
 * its leftovers to the next run's sweep.
 *
 * <p>The owner's end shows at once as the end of standard input, a pipe only the owner holds (the JVM
 * gives its child processes no other descriptors than their own standard streams), and otherwise by
 * polling the owner's pid and start instant. Arguments: the registry directory, the owner's id, the
 * lifetime (ISO-8601). It writes {@value #WATCHING}{@code <owner id>} on standard output once it
 * watches, and what it does on standard error (the owner directs it to {@value Registry#LOG_FILE}).
 */
final class Watchdog {

    static final String WATCHING = "watching ";

    /** After standard input has ended, how long the owner may take to be gone before the watchdog polls as usual. */
    private static final Duration EXITING = Duration.ofSeconds(5);

    private Watchdog() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Watchdog <registry directory> <owner pid>-<owner start ms> <lifetime, ISO-8601>");
            System.exit(2);
        }
        Registry registry = new Registry(Path.of(args[0]));
        Owner owner = Owner.parse(args[1]).orElseThrow(() -> new IllegalArgumentException("not an owner id: " + args[1]));
        Instant end = Instant.now().plus(Duration.parse(args[2]));
        watch(registry, owner, end, System.err);
        // Removals given up on may still run on their threads; the job is over.
        System.exit(0);
    }

    private static void watch(Registry registry, Owner owner, Instant end, PrintStream log) throws Exception {
        Path directory = registry.ownerDirectory(owner);
        try (OwnerLock lock = OwnerLock.acquire(directory, Instant.now().plus(Cleanup.BOUND)).orElse(null)) {
            if (lock == null) {
                log.println(Instant.now() + " " + directory + " is gone or locked by another process; nothing to watch");
                return;
            }
            System.out.println(WATCHING + owner.id());
            System.out.flush();
            Removers removers = Removers.load(Watchdog.class.getClassLoader());
            removers.problems().forEach(problem -> log.println(Instant.now() + " a remover cannot be loaded: " + problem));
            Cleanup cleanup = new Cleanup(removers, log);
            Thread sweeping = new Thread(() -> sweep(cleanup, registry, owner), "sandbox-reaper-sweep");
            sweeping.setDaemon(true);
            sweeping.start();
            if (ended(owner, end)) {
                log.println(Instant.now() + " " + owner.id() + " has ended; removing what it left");
                cleanup.clean(directory);
            } else {
                log.println(Instant.now() + " " + owner.id() + " still runs at the end of this watchdog's lifetime;"
                        + " the next run removes what it leaves");
            }
            sweeping.join(Cleanup.BOUND.toMillis());
        }
    }

    private static void sweep(Cleanup cleanup, Registry registry, Owner owner) {
        try {
            cleanup.sweep(registry, owner);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the owner has ended (true) or {@code end} has come (false). */
    static boolean ended(Owner owner, Instant end) throws InterruptedException {
        CompletableFuture<Void> inputEnded = new CompletableFuture<>();
        Thread reading = new Thread(() -> readToEnd(System.in, inputEnded), "sandbox-reaper-owner-pipe");
        reading.setDaemon(true);
        reading.start();
        CompletableFuture<?> exit = owner.onExit();
        CompletableFuture<?> either = CompletableFuture.anyOf(inputEnded, exit);
        while (true) {
            long remaining = Duration.between(Instant.now(), end).toNanos();
            if (remaining <= 0) {
                return false;
            }
            try {
                either.get(remaining, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                // the pipe failed rather than ended: the owner decides below
            }
            if (goneWithin(owner, EXITING)) {
                return true;
            }
            // The pipe ended but the owner lives (the watchdog was not started by it): poll only.
            either = exit;
        }
    }

    private static boolean goneWithin(Owner owner, Duration time) throws InterruptedException {
        long deadline = System.nanoTime() + time.toNanos();
        while (!owner.isGone()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private static void readToEnd(InputStream input, CompletableFuture<Void> ended) {
        byte[] buffer = new byte[256];
        try {
            while (input.read(buffer) >= 0) {
                // the owner never writes; whatever comes is ignored
            }
            ended.complete(null);
        } catch (IOException e) {
            ended.completeExceptionally(e);
        }
    }
}
