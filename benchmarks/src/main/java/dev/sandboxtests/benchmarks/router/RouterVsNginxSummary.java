package dev.sandboxtests.benchmarks.router;

import dev.sandboxtests.benchmarks.kafka.Spread;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code results.tsv} of {@code benchmarks/router-vs-nginx.sh} into the Markdown of docs/benchmarks.md:
 * per measure and path the median over rounds (with the range), and what the router adds against what
 * nginx adds, the goals beside them.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.sandboxtests.benchmarks.router.RouterVsNginxSummary results.tsv [load.txt]
 * </pre>
 */
public final class RouterVsNginxSummary {

    private static final List<String> PATHS = List.of("direct", "nginx", "nginxFork", "router", "routerFork");

    private final Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();

    private RouterVsNginxSummary(List<String> lines) {
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            values.computeIfAbsent(cells[2], measure -> new LinkedHashMap<>())
                    .computeIfAbsent(cells[1], path -> new ArrayList<>()).add(Double.parseDouble(cells[3]));
        }
    }

    public static void main(String[] args) throws IOException {
        RouterVsNginxSummary summary = new RouterVsNginxSummary(Files.readAllLines(Path.of(args[0])));
        System.out.print(summary.markdown());
        if (args.length > 1) {
            System.out.println();
            Files.readAllLines(Path.of(args[1])).forEach(line -> System.out.println("- " + line));
        }
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("Medians over rounds (min–max in brackets).\n\n| measure | ");
        PATHS.forEach(path -> out.append(path).append(" | "));
        out.append("\n|---|").append("---:|".repeat(PATHS.size())).append('\n');
        values.forEach((measure, byPath) -> {
            out.append("| ").append(measure).append(" | ");
            for (String path : PATHS) {
                List<Double> measured = byPath.get(path);
                out.append(measured == null ? "–" : spread(Spread.of(measured))).append(" | ");
            }
            out.append('\n');
        });
        out.append("\n| goal (issue 14) | nginx | router | router fork | met |\n|---|---:|---:|---:|---|\n");
        added(out, "HTTP/1.1, 1 connection: added p50 per hop (µs), ≤ nginx", "h1_1conn_p50");
        own(out, "HTTP/1.1, 1 connection: proxy CPU per request (µs), ≤ nginx", "h1_cpu_per_request");
        ratio(out, "HTTP/1.1, 16 connections: throughput / direct, ≥ nginx", "h1_16conn_rps");
        added(out, "h2c, 1 connection: added mean per hop (µs), ≤ nginx", "h2c_1conn_mean");
        own(out, "h2c, 1 connection: proxy CPU per request (µs), ≤ nginx", "h2c_cpu_per_request");
        ratio(out, "h2c, 16 connections: throughput / direct, ≥ nginx", "h2c_16conn_rps");
        return out.toString();
    }

    private void added(StringBuilder out, String goal, String measure) {
        double direct = median(measure, "direct");
        row(out, goal, median(measure, "nginx") - direct, median(measure, "router") - direct,
                median(measure, "routerFork") - direct, true, "%.0f");
    }

    private void own(StringBuilder out, String goal, String measure) {
        row(out, goal, median(measure, "nginx"), median(measure, "router"), median(measure, "routerFork"), true, "%.1f");
    }

    private void ratio(StringBuilder out, String goal, String measure) {
        double direct = median(measure, "direct");
        row(out, goal, median(measure, "nginx") / direct, median(measure, "router") / direct,
                median(measure, "routerFork") / direct, false, "%.2f");
    }

    private static void row(StringBuilder out, String goal, double nginx, double router, double fork, boolean lowerIsBetter,
            String format) {
        boolean met = lowerIsBetter ? Math.max(router, fork) <= nginx : Math.min(router, fork) >= nginx;
        out.append("| ").append(goal).append(" | ").append(String.format(format, nginx)).append(" | ")
                .append(String.format(format, router)).append(" | ").append(String.format(format, fork)).append(" | ")
                .append(met ? "met" : "not met").append(" |\n");
    }

    private double median(String measure, String path) {
        List<Double> measured = values.getOrDefault(measure, Map.of()).get(path);
        if (measured == null) {
            throw new IllegalArgumentException("results.tsv has no " + measure + " for path " + path
                    + ": did the run end early? Rerun benchmarks/router-vs-nginx.sh");
        }
        return Spread.of(measured).median();
    }

    private static String spread(Spread spread) {
        String format = spread.median() >= 100 ? "%.0f" : "%.1f";
        return String.format(format + " (" + format + "–" + format + ")", spread.median(), spread.min(), spread.max());
    }
}
