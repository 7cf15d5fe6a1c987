package dev.sandboxtests.reaper;

import dev.sandboxtests.settings.SandboxSettings;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Makes sure that what a test run starts does not outlive the test JVM, even when the JVM is killed
 * (SIGKILL, a crash, a CI timeout), the way Testcontainers' Ryuk does for containers. Whoever creates
 * a resource registers it, as a {@link Leftover}, when it creates it, and unregisters it when it
 * removes it normally. On the first registration, the JVM starts its watchdog: a small separate JVM
 * that waits until this one has ended, then removes whatever is still registered and exits. The
 * watchdog also removes what earlier runs left in the same registry when their own watchdog could
 * not (it was killed too, or turned off).
 *
 * <pre>{@code
 * Reaper reaper = Reaper.forSettings(context.settings());
 * Process child = builder.start();
 * Reaper.Registration registration = reaper.register(ProcessTreeRemover.leftover(child.toHandle()));
 * // ... when the child is stopped normally:
 * registration.close();
 * }</pre>
 *
 * <p>Kinds other than {@code process} plug in as {@link LeftoverRemover}s. The registry is a directory
 * of small files ({@link ReaperSettings#DIRECTORY}); several JVMs (Surefire forks) may share it, each
 * writing a directory of its own. {@link ReaperSettings#ENABLED} turns the reaper off where extra
 * processes are not allowed; then nothing is registered and nothing is started.
 *
 * <p>There is one reaper, so one watchdog at the most, per JVM and registry directory: the watchdog
 * watches a JVM, not a test. Registering is thread-safe. A watchdog that cannot be started is said
 * once, as a warning, and tests go on.
 */
public final class Reaper {

    /** How long a watchdog runs at the most; if its JVM runs longer, the next run removes what it leaves. */
    static final Duration WATCHDOG_LIFETIME = Duration.ofDays(1);

    private static final System.Logger LOGGER = System.getLogger(Reaper.class.getName());
    private static final Map<Path, Reaper> BY_DIRECTORY = new ConcurrentHashMap<>();
    private static final AtomicBoolean UNKNOWN_START_SAID = new AtomicBoolean();
    private static final Reaper DISABLED = new Reaper(null, null, null, null, message -> { });

    private final Registry registry;
    private final Owner owner;
    private final Path java;
    private final Duration watchdogLifetime;
    private final Consumer<String> warnings;
    private final AtomicBoolean registryProblemSaid = new AtomicBoolean();
    private boolean watchdogStarted;
    private WatchdogProcess watchdog;

    Reaper(Registry registry, Owner owner, Path java, Duration watchdogLifetime, Consumer<String> warnings) {
        this.registry = registry;
        this.owner = owner;
        this.java = java;
        this.watchdogLifetime = watchdogLifetime;
        this.warnings = warnings;
    }

    /**
     * This JVM's reaper for the registry directory that {@code settings} name, or a reaper that does
     * nothing if they turn it off. Starts nothing: the watchdog starts on the first registration.
     */
    public static Reaper forSettings(SandboxSettings settings) {
        if (!settings.get(ReaperSettings.ENABLED)) {
            return DISABLED;
        }
        Optional<Owner> self = Owner.current();
        if (self.isEmpty()) {
            if (!UNKNOWN_START_SAID.getAndSet(true)) {
                warn("The system does not tell when this JVM started, which the reaper needs to tell it apart from a"
                        + " later process of the same pid; the reaper is off, so what this JVM starts is not removed"
                        + " if it is killed.");
            }
            return DISABLED;
        }
        Path directory = settings.get(ReaperSettings.DIRECTORY).toAbsolutePath().normalize();
        return BY_DIRECTORY.computeIfAbsent(directory, key -> new Reaper(new Registry(key), self.get(),
                Path.of(System.getProperty("java.home"), "bin", "java"), WATCHDOG_LIFETIME, Reaper::warn));
    }

    /** A reaper that registers nothing and starts nothing, as with {@code sandbox.reaper.enabled=false}. */
    public static Reaper disabled() {
        return DISABLED;
    }

    /** Whether registrations are kept and watched. */
    public boolean isEnabled() {
        return registry != null;
    }

    /**
     * Registers {@code leftover}, to be removed if this JVM ends before the registration is closed.
     * Starts the watchdog if it is not running yet. Problems with the registry or the watchdog are said
     * once, as a warning, and do not fail the caller.
     *
     * @return the registration; close it once the resource is removed normally
     * @throws IllegalArgumentException if no {@link LeftoverRemover} of the leftover's kind is on the class path
     */
    public Registration register(Leftover leftover) {
        Objects.requireNonNull(leftover, "leftover");
        Removers removers = Removers.load(classLoader());
        if (removers.forKind(leftover.kind()).isEmpty()) {
            throw new IllegalArgumentException("No LeftoverRemover of kind '" + leftover.kind() + "' is on the class path"
                    + " (there are " + removers.kinds() + "). List one in META-INF/services/"
                    + LeftoverRemover.class.getName() + " of the module that creates such resources.");
        }
        if (!isEnabled()) {
            return Registration.NONE;
        }
        Path entry;
        try {
            entry = registry.write(owner, leftover);
        } catch (IOException | RuntimeException e) {
            if (!registryProblemSaid.getAndSet(true)) {
                warnings.accept("Sandbox Tests cannot write the reaper's registry in " + registry.directory() + " (" + e
                        + "), so what this JVM starts is not removed if it is killed. Choose a writable directory with "
                        + ReaperSettings.DIRECTORY.key() + ", or turn the reaper off with " + ReaperSettings.ENABLED.key()
                        + "=false.");
            }
            return Registration.NONE;
        }
        startWatchdog(removers);
        return new Registration(entry, this);
    }

    /** The pid of this JVM's watchdog, if it was started (for tests and diagnostics). */
    synchronized Optional<Long> watchdogPid() {
        return Optional.ofNullable(watchdog).map(WatchdogProcess::pid);
    }

    private synchronized void startWatchdog(Removers removers) {
        if (watchdogStarted) {
            return;
        }
        watchdogStarted = true;
        try {
            watchdog = WatchdogProcess.start(registry, owner, watchdogLifetime, java, removers.classes(), warnings);
        } catch (IOException | RuntimeException e) {
            warnings.accept(cannotWatch(e.toString()));
        }
    }

    /** The warning for a watchdog that does not run: what it means and how to turn the reaper off. */
    static String cannotWatch(String reason) {
        return "Sandbox Tests could not start the reaper's watchdog: " + reason + ". What this JVM starts is still"
                + " stopped when it ends normally, but not if it is killed; the next run removes what is left then."
                + " Where extra processes are not allowed, turn the reaper off with " + ReaperSettings.ENABLED.key()
                + "=false (" + ReaperSettings.ENABLED.environmentVariable() + "=false).";
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Reaper.class.getClassLoader();
    }

    private static void warn(String message) {
        LOGGER.log(Level.WARNING, message);
    }

    /** A registered leftover; closing it unregisters the leftover (once it is removed normally). Idempotent. */
    public static final class Registration implements AutoCloseable {

        static final Registration NONE = new Registration(null, null);

        private final Path entry;
        private final Reaper reaper;

        private Registration(Path entry, Reaper reaper) {
            this.entry = entry;
            this.reaper = reaper;
        }

        /** Unregisters the leftover: it has been removed, and the watchdog must leave it alone. */
        @Override
        public void close() {
            if (entry == null) {
                return;
            }
            try {
                Files.deleteIfExists(entry);
            } catch (IOException e) {
                // The leftover is gone; removing it again later is harmless, since removers are idempotent.
                reaper.warnings.accept("Could not unregister " + entry + ": " + e);
            }
        }
    }
}
