package dev.sandboxtests.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of JMH's JSON result file ({@code -rf json}): which library, in which scenario, how fast.
 *
 * @param benchmarkClass the simple name of the benchmark class, e.g. {@code OrderedDiffBenchmark}
 * @param contender      the library the method measures
 * @param params         the JMH parameters, in JMH's order, e.g. {@code size=7kb, differing=all}
 * @param median         p0.50 for SampleTime results; for other modes, the score (a mean)
 * @param unit           e.g. {@code us/op}
 * @param mode           JMH's mode, e.g. {@code sample}
 */
public record JmhResult(String benchmarkClass, Contender contender, Map<String, String> params, double median,
                        String unit, String mode) {

    public JmhResult {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params)); // keeps JMH's order
    }

    /**
     * @param file a file JMH wrote with {@code -rf json -rff file}
     * @return its rows that measure a known library, in file order
     * @throws IOException when the file cannot be read
     */
    public static List<JmhResult> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<JmhResult> results = new ArrayList<>();
        for (JsonNode row : root) {
            of(row).ifPresent(results::add);
        }
        return results;
    }

    static Optional<JmhResult> of(JsonNode row) {
        String benchmark = row.path("benchmark").asText();
        Optional<Contender> contender = Contender.ofBenchmark(benchmark);
        if (contender.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = benchmark.split("\\.");
        String benchmarkClass = parts.length >= 2 ? parts[parts.length - 2] : benchmark;
        Map<String, String> params = new LinkedHashMap<>();
        row.path("params").properties().forEach(param -> params.put(param.getKey(), param.getValue().asText()));
        JsonNode metric = row.path("primaryMetric");
        JsonNode p50 = metric.path("scorePercentiles").path("50.0");
        double median = p50.isNumber() ? p50.asDouble() : metric.path("score").asDouble();
        return Optional.of(new JmhResult(benchmarkClass, contender.get(), params, median,
                metric.path("scoreUnit").asText(), row.path("mode").asText()));
    }

    /** @return the parameter's value, or {@code ""} when the benchmark has no such parameter */
    public String param(String name) {
        return params.getOrDefault(name, "");
    }
}
