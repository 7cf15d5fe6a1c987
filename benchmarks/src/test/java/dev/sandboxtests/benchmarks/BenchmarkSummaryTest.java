package dev.sandboxtests.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary reads JMH's JSON, takes medians, and marks each goal met or not met. */
class BenchmarkSummaryTest {

    @TempDir
    Path directory;

    @Test
    void orderedRatioIsSmartDiffOverTheFastestPeerAndUnorderedRatioIsJsonUnitOverSmartDiff() throws Exception {
        Path file = directory.resolve("results.json");
        Files.writeString(file, "[" + String.join(",",
                row("OrderedDiffBenchmark.smartDiff", "\"size\":\"7kb\",\"differing\":\"all\"", 40),
                row("OrderedDiffBenchmark.jsonUnit", "\"size\":\"7kb\",\"differing\":\"all\"", 200),
                row("OrderedDiffBenchmark.jsonAssert", "\"size\":\"7kb\",\"differing\":\"all\"", 100),
                row("OrderedDiffBenchmark.zjsonpatch", "\"size\":\"7kb\",\"differing\":\"all\"", 120),
                row("OrderedDiffBenchmark.smartDiff", "\"size\":\"1mb\",\"differing\":\"all\"", 900),
                row("OrderedDiffBenchmark.jsonAssert", "\"size\":\"1mb\",\"differing\":\"all\"", 1000),
                row("UnorderedDiffBenchmark.smartDiff", "\"items\":\"1000\",\"differing\":\"onePercent\"", 10_000),
                row("UnorderedDiffBenchmark.jsonUnit", "\"items\":\"1000\",\"differing\":\"onePercent\"", 1_100_000),
                row("UnorderedDiffBenchmark.jsonAssert", "\"items\":\"1000\",\"differing\":\"onePercent\"", 9_000))
                + "]");

        List<String> lines = summary(JmhResult.read(file));

        assertThat(lines).contains(
                "| 7kb | all | 40.0 | 200 | 100 | 120 | JSONassert | 0.40 | met |",
                "| 1mb | all | 900 | – | 1,000 | – | JSONassert | 0.90 | not met |",
                "| 1000 | onePercent | 10,000 | 1,100,000 | 9,000 | 110.0 | met |");
        assertThat(lines.get(0)).startsWith("Figures: median (JMH SampleTime p0.50), µs/op");
    }

    private static List<String> summary(List<JmhResult> results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchmarkSummary.print(results, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** A row as JMH writes it, trimmed to the fields the summary reads; the mean is deliberately not the median. */
    private static String row(String benchmark, String params, double median) {
        return "{\"benchmark\":\"dev.sandboxtests.benchmarks." + benchmark + "\",\"mode\":\"sample\","
                + "\"params\":{" + params + "},\"primaryMetric\":{\"score\":" + (median * 3)
                + ",\"scoreUnit\":\"us/op\",\"scorePercentiles\":{\"0.0\":1.0,\"50.0\":" + median + ",\"100.0\":"
                + (median * 10) + "}}}";
    }
}
