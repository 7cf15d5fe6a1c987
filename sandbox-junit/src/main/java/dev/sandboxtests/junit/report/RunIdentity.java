package dev.sandboxtests.junit.report;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which test run a JVM belongs to, so that a run's reports replace the previous run's and the JVMs of
 * one run keep each other's. Surefire's fork JVMs (any {@code forkCount}, with or without
 * {@code reuseForks}) descend from the one Maven JVM of the build (through a shell that starts them), so
 * that process is the run; any other JVM (an IDE's, Gradle's, the console launcher's) is a run of its own.
 *
 * @param kind  {@code maven} or {@code jvm}
 * @param pid   the process that is the run
 * @param start when it started, so that a reused process id is never taken for the run
 */
record RunIdentity(String kind, long pid, Instant start) {

    private static final Pattern TEXT = Pattern.compile("(maven|jvm)-(\\d+)-(\\d+)");
    /** Maven's launcher class, in the command line of every {@code mvn} JVM. */
    private static final String MAVEN_LAUNCHER = "org.codehaus.plexus.classworlds";
    /** Surefire starts a fork through {@code sh -c}: Maven is its grandparent; a little more is allowed. */
    private static final int ANCESTORS_SEARCHED = 3;

    /** The run of this JVM. */
    static RunIdentity current() {
        ProcessHandle self = ProcessHandle.current();
        Optional<ProcessHandle> maven = mavenAncestor(self);
        ProcessHandle run = maven.orElse(self);
        return new RunIdentity(maven.isPresent() ? "maven" : "jvm", run.pid(),
                run.info().startInstant().orElse(Instant.EPOCH));
    }

    private static Optional<ProcessHandle> mavenAncestor(ProcessHandle self) {
        Optional<ProcessHandle> ancestor = self.parent();
        for (int level = 0; level < ANCESTORS_SEARCHED && ancestor.isPresent(); level++) {
            boolean maven = ancestor.get().info().commandLine().filter(line -> line.contains(MAVEN_LAUNCHER)).isPresent();
            if (maven) {
                return ancestor;
            }
            ancestor = ancestor.get().parent();
        }
        return Optional.empty();
    }

    /** Reads {@link #toString()}'s form back; empty for anything else. */
    static Optional<RunIdentity> parse(String text) {
        Matcher matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RunIdentity(matcher.group(1), Long.parseLong(matcher.group(2)),
                Instant.ofEpochMilli(Long.parseLong(matcher.group(3)))));
    }

    /** Whether the process that is this run still runs (the same process, not one that reuses its id). */
    boolean isAlive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().startInstant().map(s -> s.toEpochMilli() == start.toEpochMilli())
                        .orElse(true))
                .isPresent();
    }

    @Override
    public String toString() {
        return kind + "-" + pid + "-" + start.toEpochMilli();
    }
}
