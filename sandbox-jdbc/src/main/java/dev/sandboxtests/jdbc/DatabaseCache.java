package dev.sandboxtests.jdbc;

import dev.sandboxtests.routing.RoutingKey;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;

/**
 * What {@link SandboxDatabases} answered, per routing key: a database found is kept until it is gone or forgotten;
 * a miss, and a database gone, are kept for the miss time and then looked up again. One lookup per key at a time:
 * threads asking for a key being looked up wait for that lookup, so no key's DataSource (a pool, maybe) is made
 * twice. At most {@code maxEntries} keys are kept, the least recently used forgotten first (lookups in progress are
 * never forgotten, so the cache may exceed its bound by the number of those).
 *
 * <p>The map is guarded by one lock held only for map operations, never while a lookup talks to the server. A
 * hand-written LRU rather than a caching library: the module depends on nothing but core, and what it keeps per
 * key is a handful of entries.
 */
final class DatabaseCache implements AutoCloseable {

    private static final System.Logger LOGGER = System.getLogger(DatabaseCache.class.getName());

    /** What a finished lookup said; {@code decidedAt} is in {@link #nanoTime} units. */
    private sealed interface Answer {
    }

    private record Found(SandboxDatabase database) implements Answer {
    }

    private record Missing(long decidedAt) implements Answer {
    }

    private record Gone(String database, long decidedAt) implements Answer {
    }

    /** One key's lookup, finished or in progress; {@code goneBefore} names a database that vanished under the key. */
    private record Entry(CompletableFuture<Answer> answer, String goneBefore) {
    }

    private final SandboxDatabases databases;
    private final long missTtlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;
    private final LinkedHashMap<RoutingKey, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private boolean closed;

    DatabaseCache(SandboxDatabases databases, Duration missTtl, int maxEntries, LongSupplier nanoTime) {
        this.databases = Objects.requireNonNull(databases, "databases");
        this.missTtlNanos = missTtl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * The database of {@code key}'s sandbox, or empty when its work goes to baseline.
     *
     * @throws SandboxDatabaseGoneException if the key's database was seen and is gone
     * @throws SQLException                 if the lookup failed
     */
    Optional<SandboxDatabase> find(RoutingKey key) throws SQLException {
        Entry entry;
        boolean lookUp = false;
        List<Entry> forgotten = List.of();
        synchronized (entries) {
            if (closed) {
                throw new SQLException("This RoutingDataSource is closed; it gives no more connections.");
            }
            entry = entries.get(key);
            if (entry == null || isStale(entry)) {
                entry = new Entry(new CompletableFuture<>(), goneDatabase(entry));
                entries.put(key, entry);
                forgotten = trim();
                lookUp = true;
            }
        }
        closeAll(forgotten);
        if (lookUp) {
            lookUp(key, entry);
        }
        Answer answer = await(key, entry);
        if (answer instanceof Found found) {
            return Optional.of(found.database());
        }
        if (answer instanceof Gone gone) {
            throw new SandboxDatabaseGoneException(key, gone.database(), null);
        }
        return Optional.empty();
    }

    /**
     * Remembers that {@code database}, found for {@code key}, is gone, and closes its DataSource; a no-op when the
     * cache no longer holds it for the key (another thread got there first).
     */
    void markGone(RoutingKey key, SandboxDatabase database) {
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null || !(answerNow(entry) instanceof Found found) || found.database() != database) {
                return;
            }
            entries.put(key, new Entry(CompletableFuture.completedFuture(
                    new Gone(database.name(), nanoTime.getAsLong())), database.name()));
        }
        close(database);
    }

    /** How many keys are remembered, lookups in progress included. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Forgets everything and closes every DataSource made for a sandbox database. */
    @Override
    public void close() {
        List<Entry> all;
        synchronized (entries) {
            closed = true;
            all = new ArrayList<>(entries.values());
            entries.clear();
        }
        closeAll(all);
    }

    private void lookUp(RoutingKey key, Entry entry) {
        try {
            Optional<SandboxDatabase> found = databases.find(key);
            long now = nanoTime.getAsLong();
            entry.answer().complete(found.<Answer>map(Found::new).orElseGet(() ->
                    entry.goneBefore() != null ? new Gone(entry.goneBefore(), now) : new Missing(now)));
        } catch (SQLException | RuntimeException e) {
            synchronized (entries) {
                entries.remove(key, entry); // not remembered: the next connection asks again
            }
            entry.answer().completeExceptionally(e);
        }
        boolean closedMeanwhile;
        synchronized (entries) {
            closedMeanwhile = closed;
        }
        if (closedMeanwhile) {
            closeAll(List.of(entry));
        }
    }

    private static Answer await(RoutingKey key, Entry entry) throws SQLException {
        try {
            return entry.answer().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the lookup of the sandbox database of routing key '"
                    + key + "'.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new SQLException("Could not tell whether routing key '" + key + "' has a sandbox database, so this"
                    + " request gets no connection (neither its sandbox's nor the baseline's): " + cause.getMessage(),
                    cause instanceof SQLException sql ? sql.getSQLState() : null, cause);
        }
    }

    private boolean isStale(Entry entry) {
        Answer answer = answerNow(entry);
        long decidedAt;
        if (answer instanceof Missing missing) {
            decidedAt = missing.decidedAt();
        } else if (answer instanceof Gone gone) {
            decidedAt = gone.decidedAt();
        } else {
            return false; // in progress, or found: kept until gone
        }
        return nanoTime.getAsLong() - decidedAt >= missTtlNanos;
    }

    /** The database a stale entry knew to be gone, so that a lookup that finds nothing keeps refusing the key. */
    private static String goneDatabase(Entry previous) {
        return previous != null && answerNow(previous) instanceof Gone gone ? gone.database() : null;
    }

    private static Answer answerNow(Entry entry) {
        return entry.answer().isDone() && !entry.answer().isCompletedExceptionally() ? entry.answer().join() : null;
    }

    /** Forgets the least recently used finished entries beyond the bound; returns them to be closed outside the lock. */
    private List<Entry> trim() {
        List<Entry> forgotten = new ArrayList<>();
        Iterator<Map.Entry<RoutingKey, Entry>> eldestFirst = entries.entrySet().iterator();
        while (entries.size() > maxEntries && eldestFirst.hasNext()) {
            Entry entry = eldestFirst.next().getValue();
            if (entry.answer().isDone()) {
                eldestFirst.remove();
                forgotten.add(entry);
            }
        }
        return forgotten;
    }

    private static void closeAll(List<Entry> forgotten) {
        for (Entry entry : forgotten) {
            if (answerNow(entry) instanceof Found found) {
                close(found.database());
            }
        }
    }

    private static void close(SandboxDatabase database) {
        if (database.dataSource() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOGGER.log(Level.WARNING, "Could not close the DataSource of sandbox database " + database.name() + ": " + e);
            }
        }
    }
}
