package dev.sandboxtests.benchmarks.suite;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issue 14's split of the samples' suite: how much of its wall time is the test JVM's start, the baselines'
 * start, the forks' start and the tests, read from the flight recording that the samples' profile
 * {@code suite-timing} writes ({@code samples/target/suite-timing.jfr}). Prints Markdown tables (see
 * {@link SuiteSplit} for what each part is):
 * <pre>
 * mvn -B verify -pl samples -am -Dlibrary.tests.skip=true -Psuite-timing
 * java -cp benchmarks/target/classes dev.sandboxtests.benchmarks.suite.SuiteTimeSplit \
 *     samples/target/suite-timing.jfr [--command-ms=WALL_TIME_OF_THE_MVN_COMMAND]
 * </pre>
 * {@code benchmarks/suite-split.sh} does both, times the command and records the machine's load around it. Only
 * the JDK is needed to run it: {@code jdk.jfr.consumer} reads the file.
 */
public final class SuiteTimeSplit {

    private static final String COMMAND = "--command-ms=";

    private SuiteTimeSplit() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        Optional<Duration> command = Optional.empty();
        for (String arg : args) {
            if (arg.startsWith(COMMAND)) {
                command = Optional.of(Duration.ofMillis(milliseconds(arg.substring(COMMAND.length()))));
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            System.err.println("Usage: SuiteTimeSplit RECORDING.jfr... [--command-ms=N]: one flight recording per test"
                    + " JVM (the samples' profile suite-timing writes samples/target/suite-timing.jfr); N is the wall"
                    + " time of the whole command in milliseconds, measured outside.");
            System.exit(2);
        }
        for (Path file : files) {
            SuiteRecording recording = SuiteRecording.read(file);
            System.out.println(SplitReport.markdown(recording, SuiteSplit.of(recording), command));
        }
    }

    private static long milliseconds(String value) {
        try {
            long milliseconds = Long.parseLong(value.trim());
            if (milliseconds >= 0) {
                return milliseconds;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(COMMAND + value + " is not a number of milliseconds: give the command's"
                + " wall time, e.g. " + COMMAND + "154230 (date +%s%3N before and after it).");
    }
}
