package dev.sandboxtests.local;

import dev.sandboxtests.provider.SandboxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a {@link ServiceLauncher} on a thread of its own and waits for it no longer than a step's
 * timeout. A launcher that blocks (an in-JVM server that never returns, a script that waits for input)
 * is interrupted and abandoned, and the error names the instance and shows where its thread was stuck;
 * if it returns an instance after all, that instance is stopped, so that nothing is left running.
 */
final class BoundedLaunch {

    private static final int STACK_FRAMES_SHOWN = 25;

    private BoundedLaunch() {
    }

    /**
     * Starts an instance within {@code timeout}.
     *
     * @param who     e.g. {@code fork 'v2' of service 'echo' in sandbox 'x'}, for messages
     * @param setting what sets the timeout, for the hint in the message
     * @throws SandboxException if the launcher fails, returns nothing, or does not return in time
     */
    static RunningService start(ServiceLauncher launcher, LaunchContext context, Duration timeout, String who,
            String setting) {
        CompletableFuture<RunningService> started = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                started.complete(launcher.start(context));
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "sandbox-launch-" + context.service() + "-" + context.role());
        thread.setDaemon(true); // an abandoned launcher must not keep the test JVM alive
        thread.start();
        try {
            RunningService instance = started.get(Math.max(1, timeout.toNanos()), TimeUnit.NANOSECONDS);
            if (instance == null) {
                throw new SandboxException("The launcher of the " + who + " returned no RunningService.");
            }
            return instance;
        } catch (TimeoutException e) {
            String stack = stackOf(thread);
            thread.interrupt();
            // Whatever it starts once it returns is stopped at once: nobody will route to it.
            started.thenAccept(late -> {
                if (late != null) {
                    late.close();
                }
            });
            throw new SandboxException("The " + who + " did not start within " + Readiness.wholeSeconds(timeout)
                    + " s: its launcher had not returned, so it was interrupted and abandoned. Its thread '"
                    + thread.getName() + "' was at:\n" + stack + "\nA launcher should start the instance and return"
                    + " (readiness is probed afterwards); if starting takes this long, raise " + setting + ".");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SandboxException sandboxException) {
                throw sandboxException;
            }
            throw new SandboxException("The " + who + " could not be started: " + cause, cause);
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while starting the " + who + ".", e);
        }
    }

    /** The launcher's own frames, above this class's, as a reader of a message wants them. */
    private static String stackOf(Thread thread) {
        List<String> frames = new ArrayList<>();
        for (StackTraceElement frame : thread.getStackTrace()) {
            String owner = frame.getClassName();
            if (owner.equals(BoundedLaunch.class.getName()) || owner.startsWith(BoundedLaunch.class.getName() + "$")) {
                break;
            }
            frames.add("  at " + frame.getClassName() + "." + frame.getMethodName() + "(" + (frame.isNativeMethod()
                    ? "Native Method" : frame.getFileName() + ":" + frame.getLineNumber()) + ")");
        }
        if (frames.isEmpty()) {
            return "  (no stack: the thread had just ended)";
        }
        return frames.size() <= STACK_FRAMES_SHOWN ? String.join("\n", frames)
                : String.join("\n", frames.subList(0, STACK_FRAMES_SHOWN)) + "\n  ... "
                        + (frames.size() - STACK_FRAMES_SHOWN) + " more";
    }
}
