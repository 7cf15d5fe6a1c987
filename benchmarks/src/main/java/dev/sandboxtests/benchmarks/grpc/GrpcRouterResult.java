package dev.sandboxtests.benchmarks.grpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of a {@link GrpcRouterBenchmark} run from JMH's JSON result file ({@code -rf json}).
 *
 * @param method {@code latency} or {@code throughput}
 * @param path   {@code direct}, {@code router} or {@code routerFork}
 * @param score  JMH's score: mean µs per call for latency, calls per second for throughput
 * @param p50    the median (latency, SampleTime only; otherwise {@code NaN})
 * @param p99    the 99th percentile (latency, SampleTime only; otherwise {@code NaN})
 * @param unit   e.g. {@code us/op} or {@code ops/s}
 */
record GrpcRouterResult(String method, String path, double score, double p50, double p99, String unit) {

    /** The rows of {@code file} that come from {@link GrpcRouterBenchmark}, in file order. */
    static List<GrpcRouterResult> read(Path file) throws IOException {
        List<GrpcRouterResult> results = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(file.toFile())) {
            of(row).ifPresent(results::add);
        }
        return results;
    }

    static Optional<GrpcRouterResult> of(JsonNode row) {
        String benchmark = row.path("benchmark").asText();
        String prefix = GrpcRouterBenchmark.class.getName() + ".";
        if (!benchmark.startsWith(prefix)) {
            return Optional.empty();
        }
        JsonNode metric = row.path("primaryMetric");
        JsonNode percentiles = metric.path("scorePercentiles");
        return Optional.of(new GrpcRouterResult(benchmark.substring(prefix.length()),
                row.path("params").path("path").asText(), metric.path("score").asDouble(),
                percentile(row, percentiles, "50.0"), percentile(row, percentiles, "99.0"),
                metric.path("scoreUnit").asText()));
    }

    /** Only SampleTime percentiles are latencies; JMH also writes (meaningless) percentiles for other modes. */
    private static double percentile(JsonNode row, JsonNode percentiles, String which) {
        return row.path("mode").asText().equals("sample") && percentiles.path(which).isNumber()
                ? percentiles.path(which).asDouble() : Double.NaN;
    }
}
