package dev.sandboxtests.reaper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The built-in kind {@value #KIND}: a process and every process it has started, identified by pid and
 * start instant so that a pid the system has given to another process since is never touched.
 * Removing it asks the whole tree to stop (SIGTERM), waits the grace period, then kills what is left.
 * A descendant that its parent left behind before the removal (an orphan, re-parented) is no longer
 * part of the tree and is not found.
 *
 * <pre>{@code
 * Process child = builder.start();
 * Reaper.Registration registration = reaper.register(ProcessTreeRemover.leftover(child.toHandle(), Duration.ofSeconds(5)));
 * // ... stop the child normally, then:
 * registration.close();
 * }</pre>
 */
public final class ProcessTreeRemover implements LeftoverRemover {

    /** The kind of a process tree: {@value}. */
    public static final String KIND = "process";

    /** How long a process may take to stop politely unless its leftover says: {@code 5s}. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);

    static final String PID = "pid";
    static final String START = "start";
    static final String GRACE = "grace";

    /** For {@link java.util.ServiceLoader}. */
    public ProcessTreeRemover() {
    }

    /** {@code process} and its descendants, with {@link #DEFAULT_GRACE}. */
    public static Leftover leftover(ProcessHandle process) {
        return leftover(process, DEFAULT_GRACE);
    }

    /**
     * {@code process} and its descendants, given {@code grace} to stop politely before they are killed.
     *
     * @throws IllegalArgumentException if the system does not tell when the process started (or it has
     *         ended already): without its start instant a reused pid could not be told apart
     */
    public static Leftover leftover(ProcessHandle process, Duration grace) {
        Instant start = process.info().startInstant().orElseThrow(() -> new IllegalArgumentException(
                "The system does not tell when process " + process.pid() + " started (or it has ended); without its"
                        + " start instant a reused pid could not be told apart, so the reaper cannot take care of it."));
        return Leftover.of(KIND, Map.of(PID, Long.toString(process.pid()), START, start.toString(),
                GRACE, grace.toString()));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void remove(Leftover leftover) throws InterruptedException {
        long pid = Long.parseLong(leftover.parameter(PID));
        Instant start = Instant.parse(leftover.parameter(START));
        Duration grace = Optional.ofNullable(leftover.parameters().get(GRACE)).map(Duration::parse).orElse(DEFAULT_GRACE);
        Optional<ProcessHandle> root = sameProcess(pid, start);
        if (root.isEmpty()) {
            return;
        }
        // Taken before anything stops: a stopped parent's children are re-parented, no longer its descendants.
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root.get());
        root.get().descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : tree) {
            if (!exits(process, Math.max(0, deadline - System.nanoTime()))) {
                process.destroyForcibly();
            }
        }
    }

    /** The process with this pid, if it is still the one that started at {@code start}. */
    static Optional<ProcessHandle> sameProcess(long pid, Instant start) {
        return ProcessHandle.of(pid)
                .filter(process -> process.info().startInstant().filter(start::equals).isPresent());
    }

    private static boolean exits(ProcessHandle process, long nanos) throws InterruptedException {
        try {
            process.onExit().get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException stillRunning) {
            return false;
        }
    }
}
