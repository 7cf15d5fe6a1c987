package dev.sandboxtests.benchmarks.suite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The split of one test JVM as Markdown tables, for docs/benchmarks.md. Seconds to the millisecond. */
final class SplitReport {

    private SplitReport() {
    }

    /**
     * @param command the wall time of the whole command that ran the suite (Maven included), measured outside;
     *                empty when not given
     */
    static String markdown(SuiteRecording recording, SuiteSplit split, Optional<Duration> command) {
        StringBuilder out = new StringBuilder();
        out.append("Recording ").append(recording.file()).append(": ").append(recording.testPlans())
                .append(" test plan(s); the longest is the suite's.\n\n");
        out.append("| part | wall time (s) | share of the test JVM | how many | summed (s) |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        Duration jvm = split.testJvm();
        row(out, "JVM start: from the test JVM's start to JUnit's test plan", split.jvmStart(), jvm, "", "");
        split.untilRecording().ifPresent(until -> row(out,
                "… of which the JVM's and the flight recorder's own start-up, until the recording starts", until, jvm,
                "", ""));
        row(out, "… of which JUnit's discovery", split.discovery().covered(), jvm,
                count(split.discovery()), "");
        row(out, "baselines' start (wall time covered by at least one)", split.baselines().covered(), jvm,
                count(split.baselines()), seconds(split.baselines().summed()));
        row(out, "forks' start (wall time covered by at least one)", split.forks().covered(), jvm,
                count(split.forks()), seconds(split.forks().summed()));
        row(out, "less: baselines and forks starting at the same time (in both rows above)",
                split.startsOverlap().negated(), jvm, "", "");
        row(out, "the provider's other work for sandboxes (steps outside any instance start)",
                split.otherProviderWork(), jvm, count(split.steps()), seconds(split.steps().summed()));
        row(out, "tests: the test plan's wall time outside every instance start and sandbox step", split.tests(), jvm,
                "", "");
        row(out, "after the test plan, until the recording's last event (JVM exit)", split.afterPlan(), jvm, "", "");
        row(out, "**the test JVM**, from its start to its last recorded event", jvm, jvm, "", "");
        command.ifPresent(whole -> {
            out.append("| Maven's own part: the command's wall time less the test JVM's | ")
                    .append(seconds(whole.minus(jvm))).append(" | | | |\n");
            out.append("| **the whole command**, measured outside | ").append(seconds(whole)).append(" | | | |\n");
        });
        out.append("\nTest methods (JUnit's executions of type TEST, a nested test plan's included): ").append(split.testMethods().count()).append(", ")
                .append(seconds(split.testMethods().summed())).append(" s summed, covering ")
                .append(seconds(split.testMethods().covered())).append(" s of wall time.\n\n");
        byService(out, recording);
        instances(out, recording);
        steps(out, recording);
        return out.toString();
    }

    private static void byService(StringBuilder out, SuiteRecording recording) {
        Map<String, List<Span>> starts = new LinkedHashMap<>();
        recording.instances().stream()
                .sorted(Comparator.comparing(InstanceStart::role).thenComparing(InstanceStart::service)
                        .thenComparing(InstanceStart::variant))
                .forEach(instance -> starts.computeIfAbsent(instance.role() + " | " + instance.service() + " | "
                        + instance.variant(), key -> new ArrayList<>()).add(instance.span()));
        out.append("| role | service | variant | starts | summed (s) | covering (s) | longest (s) |\n");
        out.append("|---|---|---|---:|---:|---:|---:|\n");
        tallies(out, starts);
        out.append('\n');
    }

    private static void instances(StringBuilder out, SuiteRecording recording) {
        out.append("| instance start | service | variant | sandbox | environment | began at (s into the test plan)"
                + " | took (s) | ready |\n");
        out.append("|---|---|---|---|---|---:|---:|---|\n");
        for (InstanceStart instance : recording.instances()) {
            out.append("| ").append(instance.role()).append(" | ").append(instance.service()).append(" | ")
                    .append(instance.variant()).append(" | ").append(instance.sandbox()).append(" | ")
                    .append(instance.environment()).append(" | ")
                    .append(seconds(Duration.between(recording.testPlan().start(), instance.span().start())))
                    .append(" | ").append(seconds(instance.span().length())).append(" | ")
                    .append(instance.ready() ? "yes" : "no").append(" |\n");
        }
        out.append('\n');
    }

    private static void steps(StringBuilder out, SuiteRecording recording) {
        Map<String, List<Span>> byStep = new LinkedHashMap<>();
        for (SandboxStep step : recording.steps()) {
            byStep.computeIfAbsent(step.step(), name -> new ArrayList<>()).add(step.span());
        }
        out.append("| sandbox step | how many | summed (s) | covering (s) | longest (s) |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        tallies(out, byStep);
    }

    /** A row per group: its label cells, then how many, summed, covered and the longest. */
    private static void tallies(StringBuilder out, Map<String, List<Span>> groups) {
        groups.forEach((label, spans) -> {
            Tally tally = Tally.of(spans);
            Duration longest = spans.stream().map(Span::length).max(Duration::compareTo).orElse(Duration.ZERO);
            out.append("| ").append(label).append(" | ").append(tally.count()).append(" | ")
                    .append(seconds(tally.summed())).append(" | ").append(seconds(tally.covered())).append(" | ")
                    .append(seconds(longest)).append(" |\n");
        });
    }

    private static void row(StringBuilder out, String part, Duration wall, Duration jvm, String count, String summed) {
        out.append("| ").append(part).append(" | ").append(seconds(wall)).append(" | ").append(share(wall, jvm))
                .append(" | ").append(count).append(" | ").append(summed).append(" |\n");
    }

    private static String count(Tally tally) {
        return Integer.toString(tally.count());
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
    }

    private static String share(Duration part, Duration whole) {
        return whole.isZero() ? "" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part.toNanos() / whole.toNanos());
    }
}
