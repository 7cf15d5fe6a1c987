package dev.sandboxtests.benchmarks;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.SmartDiff;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Issue 3's memory goal: a pair of 50 MB documents diffed within a 512 MB heap. Writes a generated
 * baseline and fork (50 MiB each, 1% of the items changed) to files, then reads each file into a
 * {@link Capture} — as a service response is captured, bytes and all — and compares them with
 * {@link SmartDiff#defaults()}. Prints the time and whether the goal was met; an
 * {@link OutOfMemoryError} is caught and reported as "not met". The number of differences is printed
 * beside it and flagged when it is not the number of changed items. Run it in its own JVM:
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.sandboxtests.benchmarks.LargeDocumentCheck [directory]
 * </pre>
 * The documents go to {@code directory} (kept), or to a temporary directory that is deleted afterwards.
 * Exit status: 0 met, 1 not met, 2 the heap was not limited to 512 MB, so the goal was not tested.
 */
public final class LargeDocumentCheck {

    static final long DOCUMENT_BYTES = 50L * 1024 * 1024;
    static final long HEAP_LIMIT_BYTES = 512L * 1024 * 1024;
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    private LargeDocumentCheck() {
    }

    public static void main(String[] args) throws IOException {
        boolean temporary = args.length == 0;
        Path directory = temporary ? Files.createTempDirectory("smart-diff-50mb-") : Files.createDirectories(Path.of(args[0]));
        Path baselineFile = directory.resolve("baseline-50mb.json");
        Path forkFile = directory.resolve("fork-50mb-one-percent.json");
        int status;
        try {
            long started = System.nanoTime();
            PayloadShape shape;
            try (Writer baseline = Files.newBufferedWriter(baselineFile, StandardCharsets.UTF_8);
                 Writer fork = Files.newBufferedWriter(forkFile, StandardCharsets.UTF_8)) {
                shape = ApiPayloads.writeOrdered(baseline, fork, DOCUMENT_BYTES, Differing.ONE_PERCENT, ApiPayloads.SEED);
            }
            System.out.printf(Locale.ROOT, "Generated %s (%,d bytes) and %s (%,d bytes): %,d items, %,d changed, in %.1f s%n",
                    baselineFile, Files.size(baselineFile), forkFile, Files.size(forkFile), shape.itemCount(),
                    shape.changedItems().size(), seconds(started));
            status = check(baselineFile, forkFile, shape);
        } finally {
            if (temporary) {
                Files.deleteIfExists(baselineFile);
                Files.deleteIfExists(forkFile);
                Files.deleteIfExists(directory);
            }
        }
        System.exit(status);
    }

    private static int check(Path baselineFile, Path forkFile, PayloadShape shape) {
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf(Locale.ROOT, "Max heap: %,d MiB (%s)%n", maxHeap >> 20,
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.gc(); // start from the generator's garbage collected, so the peak below is the diff's own
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        String outcome;
        boolean met;
        try {
            int differences = readAndCompare(baselineFile, forkFile);
            int expected = shape.changedItems().size();
            met = true;
            outcome = String.format(Locale.ROOT, "met: diffed in %.1f s, %,d differences (%,d expected%s)",
                    seconds(started), differences, expected, differences == expected ? "" : ": WRONG RESULT");
        } catch (OutOfMemoryError outOfMemory) {
            met = false;
            outcome = String.format(Locale.ROOT, "not met: OutOfMemoryError after %.1f s (%s)", seconds(started),
                    outOfMemory.getMessage());
        } catch (IOException unreadable) {
            throw new IllegalStateException("could not read the generated documents back: " + unreadable.getMessage(),
                    unreadable);
        }
        System.out.println("Peak use of each heap pool during the check: " + heapPoolPeaks());
        if (maxHeap > HEAP_LIMIT_BYTES) {
            System.out.println("50 MB in 512 MB heap: not tested (run with -Xmx512m); the diff itself " + outcome);
            return 2;
        }
        System.out.println("50 MB in 512 MB heap: " + outcome);
        return met ? 0 : 1;
    }

    /** In its own frame, so that everything it allocated is garbage once it returns or throws. */
    private static int readAndCompare(Path baselineFile, Path forkFile) throws IOException {
        Capture baseline = Capture.of(200, JSON, Files.readAllBytes(baselineFile));
        Capture fork = Capture.of(200, JSON, Files.readAllBytes(forkFile));
        BehaviorDiff diff = SmartDiff.defaults().compare(baseline, fork);
        return diff.differences().size();
    }

    /** Per pool, because the pools peak at different moments: their sum would overstate the peak. */
    private static String heapPoolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(pool -> pool.getName() + " " + (pool.getPeakUsage().getUsed() >> 20) + " MiB")
                .collect(Collectors.joining(", "));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
