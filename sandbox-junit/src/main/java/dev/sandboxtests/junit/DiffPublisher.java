package dev.sandboxtests.junit;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.report.ReportContext;
import dev.sandboxtests.diff.report.ReportFiles;
import dev.sandboxtests.junit.report.ReportDirectory;
import dev.sandboxtests.junit.report.ReportEntries;
import dev.sandboxtests.provider.FileNames;
import dev.sandboxtests.provider.Sandbox;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Where the diffs of one test go: report files (JSON, HTML, text) in the reports directory, one JUnit
 * report entry per diff ({@link ReportEntries}: the one-line summary, the diff as text and the paths of
 * its files) that IDEs show, Surefire writes into its XML and the report listener collects into the run's
 * {@code index.html}, and the same files attached to the test ({@link ReportAttachments}) where the
 * running JUnit can attach files.
 */
final class DiffPublisher {

    private final String testName;
    private final String uniqueId;
    private final AtomicInteger sequence;
    private final ReportDirectory directory;
    private final Consumer<Map<String, String>> entries;
    private final ReportAttachments attachments;

    /**
     * @param testName  e.g. {@code VolumeDiscountTest.quotes}
     * @param uniqueId  JUnit's unique id of the test, so that file names never collide
     * @param sequence  counts the diffs of this test (shared by its SmartTests)
     * @param directory where the report files go
     * @param entries     publishes a JUnit report entry
     * @param attachments attaches the report files to the test
     */
    DiffPublisher(String testName, String uniqueId, AtomicInteger sequence, Path directory,
            Consumer<Map<String, String>> entries, ReportAttachments attachments) {
        this.testName = testName;
        this.uniqueId = uniqueId;
        this.sequence = sequence;
        this.directory = new ReportDirectory(directory);
        this.entries = entries;
        this.attachments = attachments;
    }

    /**
     * Writes the report files of {@code diff}, publishes the entry and attaches the files.
     *
     * @param forksReached what the sandbox's forks received from the fork side, e.g. {@code pricing: 1 request}
     */
    void publish(Sandbox sandbox, String service, Optional<SmartCall.Request> request, Optional<String> forksReached,
            BehaviorDiff diff) {
        ReportContext.Builder context = ReportContext.builder()
                .testName(testName)
                .service(service)
                .sandbox(sandbox.name())
                .routingKey(sandbox.routingKey().value());
        request.ifPresent(sent -> context.request(sent.method(), sent.target()));
        forksReached.ifPresent(reached -> context.attribute("forks reached", reached));
        String baseName = FileNames.safe(testName) + "-" + Integer.toHexString(uniqueId.hashCode()) + "-"
                + sequence.incrementAndGet();
        ReportFiles files = directory.write(diff, context.build(), baseName);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(ReportEntries.SUMMARY, DiffSummaryLine.of(service, request, diff));
        entry.put(ReportEntries.DIFF, service + " (sandbox " + sandbox.name() + ")\n" + diff);
        entry.put(ReportEntries.DIFF_JSON, files.json().toAbsolutePath().toString());
        entry.put(ReportEntries.DIFF_HTML, files.html().toAbsolutePath().toString());
        entries.accept(entry);
        attachments.attach(files);
    }
}
