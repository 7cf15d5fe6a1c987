package dev.sandboxtests.diff.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate as a CI step runs it: arguments in, exit status and printed lines out. */
class SummaryGateTest {

    @TempDir
    Path directory;

    private Path summary;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeARun() {
        summary = directory.resolve("summary.json");
        SummaryJson.write(SummaryFixtures.run(directory), summary);
    }

    private int gate(String... args) {
        return SummaryGate.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aHighDifferenceCrossesTheDefaultThresholdAndIsNamed() {
        assertThat(gate(summary.toString(), "--allow-caveats")).isEqualTo(SummaryGate.CROSSED);

        assertThat(out()).contains("1 SmartTest crossed the threshold")
                .contains("VolumeDiscountTest.quotes (orders GET /orders/quote) — a-volume.html")
                .contains("HIGH /quote/discount")
                .doesNotContain("TotalTest");
    }

    @Test
    void highDifferencesAtExpectedLocationsDoNotCount() {
        assertThat(gate(summary.toString(), "--fail-on", "high", "--expect", "/quote/*", "--allow-caveats"))
                .isEqualTo(SummaryGate.PASSED);
        assertThat(out()).contains("sandbox-tests gate: passed");
    }

    @Test
    void anUnexpectedLocationStillCounts() {
        assertThat(gate(summary.toString(), "--expect", "/items/**", "--allow-caveats")).isEqualTo(SummaryGate.CROSSED);
    }

    @Test
    void failOnMediumCountsMediumDifferencesToo() {
        assertThat(gate(summary.toString(), "--fail-on", "medium", "--expect", "/quote/discount", "--allow-caveats"))
                .isEqualTo(SummaryGate.CROSSED);
        assertThat(out()).contains("TotalTest.total").contains("MEDIUM /total").doesNotContain("a-volume.html")
                .contains("(HIGH or MEDIUM differences):");
    }

    @Test
    void caveatsCrossTheThresholdUnlessAllowed() {
        assertThat(gate(summary.toString(), "--expect", "/quote/discount")).isEqualTo(SummaryGate.CROSSED);
        assertThat(out()).contains("(HIGH differences, caveats):").contains("PricingTest.prices")
                .contains("caveat: the fork of 'pricing' received none");
    }

    @Test
    void writesTheMarkdownWhenAsked() throws Exception {
        Path markdown = directory.resolve("comment/summary.md");

        gate(summary.toString(), "--markdown", markdown.toString(), "--allow-caveats");

        assertThat(Files.readString(markdown)).startsWith("## Behavioral diffs").contains("[HTML](a-volume.html)");
    }

    @Test
    void aMissingSummaryIsBadInput() {
        assertThat(gate(directory.resolve("missing.json").toString())).isEqualTo(SummaryGate.UNUSABLE);
        assertThat(err()).contains("There is no run summary at");
    }

    @Test
    void aSummaryThatIsNotJsonIsBadInput() throws Exception {
        Files.writeString(summary, "not json");

        assertThat(gate(summary.toString())).isEqualTo(SummaryGate.UNUSABLE);
        assertThat(err()).contains("is not a run summary: it is not valid JSON");
    }

    @Test
    void badUsageIsExplained() {
        for (List<String> args : List.of(List.of("--fail-on", "low"), List.of("--expect"), List.of("--frobnicate"),
                List.of("--expect", "items/price"), List.of("a.json", "b.json"))) {
            err.reset();
            assertThat(gate(args.toArray(String[]::new))).as("%s", args).isEqualTo(SummaryGate.UNUSABLE);
            assertThat(err()).as("%s", args).contains("sandbox-tests gate: ").contains("Usage:");
        }
    }

    @Test
    void helpShowsTheUsage() {
        assertThat(gate("--help")).isEqualTo(SummaryGate.PASSED);
        assertThat(out()).contains("--fail-on medium").contains("Exit status");
    }
}
