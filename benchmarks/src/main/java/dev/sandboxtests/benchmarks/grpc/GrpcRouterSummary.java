package dev.sandboxtests.benchmarks.grpc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints, from the JMH JSON results of {@link GrpcRouterBenchmark}, each path's latency (p50, p99) and
 * throughput next to the direct call's, with the router's cost against the goals of the gRPC routing
 * issue, as a Markdown table for {@code docs/benchmarks.md}:
 * <ul>
 *   <li>latency: at most {@value #ADDED_P50_GOAL_MICROS} µs added at p50;</li>
 *   <li>throughput: at least {@value #THROUGHPUT_RATIO_GOAL} of direct.</li>
 * </ul>
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.sandboxtests.benchmarks.grpc.GrpcRouterSummary grpc-router.json
 * </pre>
 */
public final class GrpcRouterSummary {

    static final double ADDED_P50_GOAL_MICROS = 150;
    static final double THROUGHPUT_RATIO_GOAL = 0.70;
    private static final List<String> PATHS = List.of("direct", "router", "routerFork");

    private GrpcRouterSummary() {
    }

    /**
     * @param args JMH JSON result files (default {@code grpc-router.json}), read as one run
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        List<GrpcRouterResult> results = new ArrayList<>();
        for (String file : args.length > 0 ? args : new String[] {"grpc-router.json"}) {
            results.addAll(GrpcRouterResult.read(Path.of(file)));
        }
        print(results, System.out);
    }

    static void print(List<GrpcRouterResult> results, PrintStream out) {
        Optional<GrpcRouterResult> directLatency = find(results, "latency", "direct");
        Optional<GrpcRouterResult> directThroughput = find(results, "throughput", "direct");
        out.println("Latency: one caller, JMH SampleTime, µs per call. Throughput: "
                + GrpcRouterBenchmark.THROUGHPUT_THREADS + " callers on one channel, calls/s.");
        out.println();
        out.println("| path | p50 | p99 | added at p50 | added at p99 | goal ≤ " + (int) ADDED_P50_GOAL_MICROS
                + " µs added at p50 | calls/s | / direct | goal ≥ " + format(THROUGHPUT_RATIO_GOAL, 2) + " × direct |");
        out.println("|---|---:|---:|---:|---:|---|---:|---:|---|");
        for (String path : PATHS) {
            Optional<GrpcRouterResult> latency = find(results, "latency", path);
            Optional<GrpcRouterResult> throughput = find(results, "throughput", path);
            if (latency.isEmpty() && throughput.isEmpty()) {
                continue;
            }
            boolean isDirect = path.equals("direct");
            String addedP50 = "–";
            String addedP99 = "–";
            String latencyGoal = "–";
            if (!isDirect && latency.isPresent() && directLatency.isPresent()) {
                double added = latency.get().p50() - directLatency.get().p50();
                addedP50 = format(added, 1);
                addedP99 = format(latency.get().p99() - directLatency.get().p99(), 1);
                latencyGoal = added <= ADDED_P50_GOAL_MICROS ? "met" : "not met";
            }
            String ratio = "–";
            String throughputGoal = "–";
            if (!isDirect && throughput.isPresent() && directThroughput.isPresent()) {
                double value = throughput.get().score() / directThroughput.get().score();
                ratio = format(value, 2);
                throughputGoal = value >= THROUGHPUT_RATIO_GOAL ? "met" : "not met";
            }
            out.println("| " + path
                    + " | " + latency.map(result -> format(result.p50(), 1)).orElse("–")
                    + " | " + latency.map(result -> format(result.p99(), 1)).orElse("–")
                    + " | " + addedP50 + " | " + addedP99 + " | " + latencyGoal
                    + " | " + throughput.map(result -> format(result.score(), 0)).orElse("–")
                    + " | " + ratio + " | " + throughputGoal + " |");
        }
        out.println();
    }

    private static Optional<GrpcRouterResult> find(List<GrpcRouterResult> results, String method, String path) {
        return results.stream().filter(result -> result.method().equals(method) && result.path().equals(path)).findFirst();
    }

    private static String format(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
