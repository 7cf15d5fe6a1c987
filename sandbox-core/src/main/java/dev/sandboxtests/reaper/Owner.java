package dev.sandboxtests.reaper;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM that registered leftovers, identified by pid and start instant (a pid alone may be reused).
 * Its {@link #id()}, {@code <pid>-<start in epoch milliseconds>}, names its directory in the registry.
 */
record Owner(long pid, long startMillis) {

    private static final Pattern ID = Pattern.compile("(\\d+)-(\\d+)");

    /** This JVM, unless the system does not tell when it started. */
    static Optional<Owner> current() {
        ProcessHandle self = ProcessHandle.current();
        return self.info().startInstant().map(start -> new Owner(self.pid(), start.toEpochMilli()));
    }

    /** The owner a registry directory is named after, if the name is an owner's id. */
    static Optional<Owner> parse(String id) {
        Matcher matcher = ID.matcher(id);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Owner(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    String id() {
        return pid + "-" + startMillis;
    }

    /**
     * Whether the owner has certainly ended: no process has its pid, or the one that has it started at
     * another instant. A process whose start the system does not tell counts as the owner, so that the
     * leftovers of a live JVM are never removed.
     */
    boolean isGone() {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return true;
        }
        Optional<Instant> start = process.get().info().startInstant();
        return start.isPresent() && start.get().toEpochMilli() != startMillis;
    }

    /** Completes when the owner has ended. */
    CompletableFuture<?> onExit() {
        if (isGone()) {
            return CompletableFuture.completedFuture(null);
        }
        return ProcessHandle.of(pid).map(ProcessHandle::onExit).orElseGet(() -> CompletableFuture.completedFuture(null));
    }
}
