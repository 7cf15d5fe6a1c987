package dev.sandboxtests.diff.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.diff.Relevance;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing summary.json and reading it back, and what a reader is told about files that are no summary. */
class SummaryJsonTest {

    @TempDir
    Path directory;

    @Test
    void aSummaryReadsBackAsWritten() {
        RunSummary summary = SummaryFixtures.run(directory);
        Path file = directory.resolve("summary.json");

        SummaryJson.write(summary, file);

        assertThat(SummaryJson.read(file)).isEqualTo(summary);
    }

    @Test
    void entriesCarryTheFactsOfTheirDiffReportsAndTheirOutcome() {
        RunSummary summary = SummaryFixtures.run(directory);

        SmartTestSummary volume = summary.smartTests().get(0);
        assertThat(volume.testName()).isEqualTo("VolumeDiscountTest.quotes");
        assertThat(volume.service()).isEqualTo("orders");
        assertThat(volume.method()).isEqualTo("GET");
        assertThat(volume.uri()).isEqualTo("/orders/quote");
        assertThat(volume.sandbox()).isEqualTo("sbx-1");
        assertThat(volume.routingKey()).isEqualTo("rk-1");
        assertThat(volume.counts().high()).isEqualTo(1);
        assertThat(volume.failed()).isFalse();
        assertThat(volume.differences()).extracting(NotableDifference::relevance, NotableDifference::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Relevance.HIGH, "/quote/discount"));
        assertThat(volume.reports()).isEqualTo(new ReportLinks("a-volume.json", "a-volume.html", "a-volume.txt"));
        assertThat(summary.totals()).isEqualTo(new RunTotals(3, 1, 1, 2, 1, 1, new Counts(1, 1, 0)));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = directory.resolve("nowhere/summary.json");

        assertThatThrownBy(() -> SummaryJson.read(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("There is no run summary at " + missing.toAbsolutePath())
                .hasMessageContaining("sandbox.reports.directory");
    }

    @Test
    void aFileThatIsNotJsonIsRefused() throws Exception {
        Path file = Files.writeString(directory.resolve("summary.json"), "<html>not json</html>");

        assertThatThrownBy(() -> SummaryJson.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a run summary: it is not valid JSON");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path file = Files.writeString(directory.resolve("summary.json"), "");

        assertThatThrownBy(() -> SummaryJson.read(file)).hasMessageContaining("is empty, not a run summary");
    }

    @Test
    void anotherSchemaVersionIsRefusedWithBothVersionsNamed() throws Exception {
        Path file = Files.writeString(directory.resolve("summary.json"),
                SummaryJson.json(SummaryFixtures.run(directory)).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 7"));

        assertThatThrownBy(() -> SummaryJson.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schema version 7, but this library reads version 1");
    }

    @Test
    void jsonThatIsNoSummaryIsRefused() throws Exception {
        Path file = Files.writeString(directory.resolve("summary.json"), "{\"schemaVersion\": 1, \"totals\": 3}");

        assertThatThrownBy(() -> SummaryJson.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not conform to the run summary schema version 1");
    }

    @Test
    void aDiffReportIsNoSummary() {
        SummaryFixtures.run(directory);

        assertThatThrownBy(() -> SummaryJson.read(directory.resolve("a-volume.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schema version 2, but this library reads version 1");
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() throws Exception {
        int depth = 100_000;
        Path file = Files.writeString(directory.resolve("summary.json"), "[".repeat(depth) + "]".repeat(depth));

        assertThatThrownBy(() -> SummaryJson.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a run summary: it is not valid JSON")
                .hasMessageContaining("nesting depth");
    }

    @Test
    void aDeeplyNestedDiffReportIsRefusedWithoutOverflowingTheStack() throws Exception {
        int depth = 100_000;
        Path file = Files.writeString(directory.resolve("deep.json"), "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));

        assertThatThrownBy(() -> DiffReportReader.read(file, directory, TestOutcome.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a behavioral diff report: it is not valid JSON");
    }
}
