package dev.sandboxtests.benchmarks.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gRPC summary reads JMH's JSON, subtracts direct's percentiles, divides throughputs, and judges both goals. */
class GrpcRouterSummaryTest {

    @TempDir
    Path directory;

    @Test
    void addedLatencyIsRouterMinusDirectAndThroughputIsRouterOverDirect() throws Exception {
        Path file = directory.resolve("grpc-router.json");
        Files.writeString(file, "[" + String.join(",",
                latency("direct", 100, 300),
                latency("router", 220, 600),
                latency("routerFork", 300, 700),
                throughput("direct", 20_000),
                throughput("router", 15_000),
                throughput("routerFork", 12_000),
                "{\"benchmark\":\"dev.sandboxtests.benchmarks.OrderedDiffBenchmark.smartDiff\",\"mode\":\"sample\"}")
                + "]");

        List<String> lines = summary(GrpcRouterResult.read(file));

        assertThat(lines).contains(
                "| direct | 100.0 | 300.0 | – | – | – | 20,000 | – | – |",
                "| router | 220.0 | 600.0 | 120.0 | 300.0 | met | 15,000 | 0.75 | met |",
                "| routerFork | 300.0 | 700.0 | 200.0 | 400.0 | not met | 12,000 | 0.60 | not met |");
    }

    @Test
    void aMissingDirectRowLeavesTheComparisonsOpen() throws Exception {
        Path file = directory.resolve("router-only.json");
        Files.writeString(file, "[" + latency("router", 220, 600) + "]");

        assertThat(summary(GrpcRouterResult.read(file))).contains("| router | 220.0 | 600.0 | – | – | – | – | – | – |");
    }

    private static List<String> summary(List<GrpcRouterResult> results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GrpcRouterSummary.print(results, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** A SampleTime row as JMH writes it, trimmed; the mean is deliberately neither percentile. */
    private static String latency(String path, double p50, double p99) {
        return "{\"benchmark\":\"dev.sandboxtests.benchmarks.grpc.GrpcRouterBenchmark.latency\",\"mode\":\"sample\","
                + "\"params\":{\"path\":\"" + path + "\"},\"primaryMetric\":{\"score\":" + (p50 * 1.3)
                + ",\"scoreUnit\":\"us/op\",\"scorePercentiles\":{\"0.0\":1.0,\"50.0\":" + p50 + ",\"99.0\":" + p99
                + ",\"100.0\":" + (p99 * 10) + "}}}";
    }

    /** A Throughput row; JMH writes percentiles of the iteration scores there too, which must be ignored. */
    private static String throughput(String path, double callsPerSecond) {
        return "{\"benchmark\":\"dev.sandboxtests.benchmarks.grpc.GrpcRouterBenchmark.throughput\",\"mode\":\"thrpt\","
                + "\"params\":{\"path\":\"" + path + "\"},\"primaryMetric\":{\"score\":" + callsPerSecond
                + ",\"scoreUnit\":\"ops/s\",\"scorePercentiles\":{\"50.0\":1.0,\"99.0\":2.0}}}";
    }
}
