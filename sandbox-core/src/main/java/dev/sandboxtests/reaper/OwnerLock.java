package dev.sandboxtests.reaper;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The right to remove one owner's leftovers, held as a file lock on its {@value Registry#LOCK_FILE}
 * so that its own watchdog and the watchdogs of later runs (which sweep what dead owners left) never
 * remove the same leftovers at once. Operating-system locks are released when their process ends, so
 * a killed watchdog never leaves the directory locked.
 */
final class OwnerLock implements AutoCloseable {

    private final FileChannel channel;

    private OwnerLock(FileChannel channel) {
        this.channel = channel;
    }

    /** The lock if nobody holds it; empty if somebody does, or if the directory is gone. */
    static Optional<OwnerLock> tryAcquire(Path ownerDirectory) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(ownerDirectory.resolve(Registry.LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            // another thread of this JVM removes them
        } finally {
            if (lock == null) {
                channel.close();
            }
        }
        return lock == null ? Optional.empty() : Optional.of(new OwnerLock(channel));
    }

    /** Waits for the lock until {@code deadline}; empty if it did not come, or if the directory is gone. */
    static Optional<OwnerLock> acquire(Path ownerDirectory, Instant deadline) throws IOException, InterruptedException {
        while (true) {
            Optional<OwnerLock> lock = tryAcquire(ownerDirectory);
            if (lock.isPresent() || !ownerDirectory.toFile().isDirectory() || Instant.now().isAfter(deadline)) {
                return lock;
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
