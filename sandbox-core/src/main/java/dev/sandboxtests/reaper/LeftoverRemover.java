package dev.sandboxtests.reaper;

/**
 * Removes the {@link Leftover}s of one kind. The reaper's watchdog, a small JVM started with the test
 * JVM's class path, finds removers with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.sandboxtests.reaper.LeftoverRemover} of the module that creates such
 * resources, and give it a public no-argument constructor. Core brings the kind {@code process}
 * ({@link ProcessTreeRemover}); a module that creates Kafka consumer groups, Kubernetes objects or
 * temporary databases adds its own kind the same way, without a change here.
 *
 * <pre>{@code
 * public final class TemporaryDatabaseRemover implements LeftoverRemover {
 *     public String kind() {
 *         return "postgres-database";
 *     }
 *
 *     public void remove(Leftover leftover) throws SQLException {
 *         try (Connection admin = DriverManager.getConnection(leftover.parameter("admin-url"))) {
 *             admin.createStatement().execute("DROP DATABASE IF EXISTS \"" + leftover.parameter("name") + "\"");
 *         }
 *     }
 * }
 * }</pre>
 */
public interface LeftoverRemover {

    /** The kind this remover removes, as in {@link Leftover#kind()}. */
    String kind();

    /**
     * Removes the leftover if it is still there. It runs after the test JVM is gone, in the watchdog or
     * in a later run, so it must be idempotent (the resource may have been removed already, or never
     * created) and must touch only what the parameters identify exactly: a process by its pid
     * <em>and</em> start instant, since a pid alone may by then belong to another process. The watchdog
     * waits for it a bounded time (a minute), then keeps the entry for
     * the next run.
     *
     * @throws Exception if the leftover could not be removed; the entry is kept and the next run tries again
     */
    void remove(Leftover leftover) throws Exception;
}
