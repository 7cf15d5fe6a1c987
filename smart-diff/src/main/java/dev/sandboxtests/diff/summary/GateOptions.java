package dev.sandboxtests.diff.summary;

import dev.sandboxtests.diff.PathPattern;
import dev.sandboxtests.diff.Relevance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line of {@link SummaryGate}, parsed.
 *
 * @param summary       the {@code summary.json} to read
 * @param failOn        the least relevance that crosses the threshold: HIGH, or MEDIUM (HIGH or MEDIUM)
 * @param expected      locations whose differences were expected and do not count
 * @param allowCaveats  whether a SmartTest whose diff has caveats passes; by default it crosses the threshold,
 *                      since its diff may not show the fork's behaviour at all
 * @param markdown      where to write the Markdown rendering, if anywhere
 * @param help          whether the usage was asked for
 */
record GateOptions(Path summary, Relevance failOn, List<PathPattern> expected, boolean allowCaveats,
                   Optional<Path> markdown, boolean help) {

    static final Path DEFAULT_SUMMARY = Path.of("target", "sandbox-tests", "diffs", "summary.json");

    static final String USAGE = """
            Usage: java -cp <smart-diff jar>:<jackson jars> dev.sandboxtests.diff.summary.SummaryGate \
            [summary.json] [options]
              summary.json          the run summary (default: target/sandbox-tests/diffs/summary.json)
              --fail-on high        exit 1 when a SmartTest has a HIGH difference (the default)
              --fail-on medium      exit 1 when a SmartTest has a HIGH or MEDIUM difference
              --expect <pattern>    differences at these locations were expected and do not count; a JSON
                                    Pointer with * for one segment and ** for any depth (/items/*/price,
                                    /**/discount), status, header:<name> or (body); may be repeated
              --allow-caveats       a SmartTest whose diff has caveats passes (by default it fails the gate)
              --markdown <file>     also write the summary as Markdown, for a pull-request comment
              --help                show this
            Exit status: 0 below the threshold, 1 threshold crossed, 2 bad usage or unreadable summary.""";

    /**
     * @throws IllegalArgumentException with a message saying what is wrong with the arguments
     */
    static GateOptions parse(String... args) {
        Path summary = null;
        Relevance failOn = Relevance.HIGH;
        List<PathPattern> expected = new ArrayList<>();
        boolean allowCaveats = false;
        Path markdown = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return new GateOptions(DEFAULT_SUMMARY, failOn, List.of(), false, Optional.empty(), true);
                }
                case "--fail-on" -> failOn = relevance(value(args, ++i, arg));
                case "--expect" -> expected.add(pattern(value(args, ++i, arg)));
                case "--allow-caveats" -> allowCaveats = true;
                case "--markdown" -> markdown = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("Unknown option " + arg + ".");
                    }
                    if (summary != null) {
                        throw new IllegalArgumentException("Give one summary.json, not both " + summary + " and " + arg
                                + ".");
                    }
                    summary = Path.of(arg);
                }
            }
        }
        return new GateOptions(summary == null ? DEFAULT_SUMMARY : summary, failOn, List.copyOf(expected),
                allowCaveats, Optional.ofNullable(markdown), false);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return args[index];
    }

    private static Relevance relevance(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "high" -> Relevance.HIGH;
            case "medium" -> Relevance.MEDIUM;
            default -> throw new IllegalArgumentException("--fail-on takes high or medium, not '" + value + "'.");
        };
    }

    private static PathPattern pattern(String value) {
        try {
            return PathPattern.of(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--expect " + e.getMessage(), e);
        }
    }
}
