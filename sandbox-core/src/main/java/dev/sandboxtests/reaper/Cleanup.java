package dev.sandboxtests.reaper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the watchdog does with a directory of the registry: removes each leftover with the remover of
 * its kind, all at once and each within {@link #BOUND}, deletes the entries removed, and deletes the
 * directory once nothing is left in it. An entry that could not be removed (no remover for its kind,
 * an error, too slow) stays for the next run, which sweeps the directories of owners that are gone.
 */
final class Cleanup {

    /** How long the removals of one directory may take; slower ones are left to the next run. */
    static final Duration BOUND = Duration.ofMinutes(1);

    /** Removals run on threads of their own, which do not keep a finished watchdog alive. */
    private static final Executor REMOVING = task -> {
        Thread thread = new Thread(task, "sandbox-reaper-removal");
        thread.setDaemon(true);
        thread.start();
    };

    private final Removers removers;
    private final PrintStream log;

    Cleanup(Removers removers, PrintStream log) {
        this.removers = removers;
        this.log = log;
    }

    /**
     * Removes what {@code ownerDirectory} lists; the caller holds its {@link OwnerLock}.
     *
     * @return whether everything was removed (and the directory deleted)
     */
    boolean clean(Path ownerDirectory) throws InterruptedException {
        List<Path> entries;
        try {
            entries = Registry.entries(ownerDirectory);
        } catch (IOException e) {
            say("cannot list " + ownerDirectory + ": " + e);
            return false;
        }
        List<CompletableFuture<Boolean>> removals = new ArrayList<>();
        for (Path entry : entries) {
            removals.add(CompletableFuture.supplyAsync(() -> remove(entry), REMOVING));
        }
        long deadline = System.nanoTime() + BOUND.toNanos();
        boolean everything = true;
        for (int i = 0; i < removals.size(); i++) {
            everything &= finished(removals.get(i), entries.get(i), deadline);
        }
        if (everything) {
            try {
                Registry.delete(ownerDirectory);
            } catch (IOException e) {
                say("cannot delete " + ownerDirectory + ": " + e);
                return false;
            }
        }
        return everything;
    }

    /** Cleans the directories of owners that are gone and whose leftovers nobody else is removing. */
    void sweep(Registry registry, Owner except) throws InterruptedException {
        List<Owner> owners;
        try {
            owners = registry.owners();
        } catch (IOException e) {
            say("cannot list " + registry.directory() + ": " + e);
            return;
        }
        for (Owner owner : owners) {
            if (owner.equals(except) || !owner.isGone()) {
                continue;
            }
            Path directory = registry.ownerDirectory(owner);
            try (OwnerLock lock = OwnerLock.tryAcquire(directory).orElse(null)) {
                if (lock != null) {
                    say("removing what " + owner.id() + ", a JVM that has ended, left");
                    clean(directory);
                }
            } catch (IOException e) {
                say("cannot lock " + directory + ": " + e);
            }
        }
        say("swept " + registry.directory());
    }

    private boolean remove(Path entry) {
        Leftover leftover;
        try {
            leftover = Registry.read(entry);
        } catch (IOException e) {
            say("cannot read " + entry + ", kept: " + e);
            return false;
        }
        Optional<LeftoverRemover> remover = removers.forKind(leftover.kind());
        if (remover.isEmpty()) {
            say("no remover of kind '" + leftover.kind() + "' on the class path (it has " + removers.kinds()
                    + "), kept: " + entry.getFileName());
            return false;
        }
        try {
            remover.get().remove(leftover);
            Files.deleteIfExists(entry);
            say("removed " + leftover);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            say("interrupted while removing " + leftover + ", kept");
            return false;
        } catch (Exception | LinkageError e) {
            say("could not remove " + leftover + ", kept for the next run: " + e);
            return false;
        }
    }

    private boolean finished(CompletableFuture<Boolean> removal, Path entry, long deadline) throws InterruptedException {
        try {
            return removal.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            say("removing " + entry.getFileName() + " took longer than " + BOUND + ", kept for the next run");
            return false;
        } catch (ExecutionException e) {
            say("could not remove " + entry.getFileName() + ": " + e.getCause());
            return false;
        }
    }

    private void say(String message) {
        log.println(Instant.now() + " " + message);
    }
}
