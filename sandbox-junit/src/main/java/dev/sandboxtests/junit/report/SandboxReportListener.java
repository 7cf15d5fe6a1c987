package dev.sandboxtests.junit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes every behavioral diff a SmartTest publishes to a file (for CI artifacts) and ends the run
 * with one line saying where the diffs and the service logs are.
 *
 * <p>Registered through {@code META-INF/services}, so Surefire and IDEs load it by themselves. It
 * learns of sandboxes and diffs only through JUnit report entries, so it holds no shared state with
 * the extension. Directory: system property {@value #DIRECTORY_PROPERTY}, default
 * {@code target/sandbox-tests/diffs}.
 */
public final class SandboxReportListener implements TestExecutionListener {

    public static final String DIRECTORY_PROPERTY = "sandbox.reports.directory";
    static final String DIFF_ENTRY = "sandbox.diff";
    static final String SANDBOX_ENTRY = "sandbox";

    private final AtomicInteger sandboxes = new AtomicInteger();
    private final AtomicInteger diffs = new AtomicInteger();
    private final Path directory = Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/sandbox-tests/diffs"));

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        entry.getKeyValuePairs().forEach((key, value) -> {
            if (key.equals(SANDBOX_ENTRY)) {
                sandboxes.incrementAndGet();
            } else if (key.equals(DIFF_ENTRY)) {
                write(test, value, diffs.incrementAndGet());
            }
        });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (sandboxes.get() > 0 || diffs.get() > 0) {
            String logs = System.getProperty("sandbox.local.log-directory", "target/sandbox-tests/logs");
            System.out.println("[sandbox-tests] " + sandboxes.get() + " sandboxes, " + diffs.get()
                    + " behavioral diffs in " + directory.toAbsolutePath() + "; service logs in "
                    + Path.of(logs).toAbsolutePath());
        }
    }

    private void write(TestIdentifier test, String diff, int sequence) {
        String name = String.format("%04d-%s.txt", sequence, fileName(testName(test)));
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name), test.getUniqueId() + "\n\n" + diff + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the behavioral diff of " + test.getDisplayName()
                    + " to " + directory.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** {@code VolumeDiscountTest.quotes} for a method; the display name otherwise. */
    private static String testName(TestIdentifier test) {
        return test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .map(m -> m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1) + "." + m.getMethodName())
                .orElse(test.getDisplayName());
    }

    private static String fileName(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
    }
}
