package dev.sandboxtests.junit.report;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.report.DiffReport;
import dev.sandboxtests.diff.report.ReportContext;
import dev.sandboxtests.diff.report.ReportFiles;
import dev.sandboxtests.provider.Sandbox;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Where the diffs of one test go: report files (JSON, HTML, text; see {@link DiffReport}) in the
 * reports directory, and a JUnit report entry that IDEs show and {@link SandboxReportListener}
 * collects into the suite's {@code index.html}.
 *
 * <p>Entry keys: {@value #DIFF_ENTRY} (the diff as text), {@value #JSON_ENTRY} and
 * {@value #HTML_ENTRY} (the files' paths).
 */
public final class DiffPublisher {

    public static final String DIFF_ENTRY = "sandbox.diff";
    public static final String JSON_ENTRY = "sandbox.diff.json";
    public static final String HTML_ENTRY = "sandbox.diff.html";

    private final String testName;
    private final String uniqueId;
    private final AtomicInteger sequence;
    private final Consumer<Map<String, String>> entries;

    /**
     * @param testName  e.g. {@code VolumeDiscountTest.quotes}
     * @param uniqueId  JUnit's unique id of the test, so that file names never collide
     * @param sequence  counts the diffs of this test (shared by its SmartTests)
     * @param entries   publishes a JUnit report entry
     */
    public DiffPublisher(String testName, String uniqueId, AtomicInteger sequence, Consumer<Map<String, String>> entries) {
        this.testName = testName;
        this.uniqueId = uniqueId;
        this.sequence = sequence;
        this.entries = entries;
    }

    /** Writes the report files of {@code diff} and publishes the entry. */
    public void publish(Sandbox sandbox, String service, BehaviorDiff diff) {
        ReportContext context = ReportContext.builder()
                .testName(testName)
                .service(service)
                .sandbox(sandbox.name())
                .routingKey(sandbox.routingKey().value())
                .build();
        String baseName = SandboxReportListener.fileName(testName) + "-"
                + Integer.toHexString(uniqueId.hashCode()) + "-" + sequence.incrementAndGet();
        ReportFiles files = DiffReport.write(diff, context, SandboxReportListener.directory(), baseName);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(DIFF_ENTRY, service + " (sandbox " + sandbox.name() + ")\n" + diff);
        entry.put(JSON_ENTRY, files.json().toAbsolutePath().toString());
        entry.put(HTML_ENTRY, files.html().toAbsolutePath().toString());
        entries.accept(entry);
    }

    /** The directory the files go to. */
    public static Path directory() {
        return SandboxReportListener.directory();
    }
}
