package dev.sandboxtests.diff.summary;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CI step that gates a merge on the behavioral diffs of a test run without failing the run itself:
 * reads {@code summary.json} and exits non-zero when a threshold is crossed. Needs no JUnit, only
 * smart-diff and Jackson on the class path.
 *
 * <pre>
 * java -cp "smart-diff.jar:jackson-databind.jar:jackson-core.jar:jackson-annotations.jar" \
 *     dev.sandboxtests.diff.summary.SummaryGate target/sandbox-tests/diffs/summary.json \
 *     --fail-on high --expect '/quote/discount' --markdown target/sandbox-tests/summary.md
 * </pre>
 *
 * <p>Exit status: {@value #PASSED} below the threshold; {@value #CROSSED} threshold crossed (it prints which
 * SmartTests and locations); {@value #UNUSABLE} bad usage or an unreadable summary (it says what is wrong).
 * Run with {@code --help} for every option.
 */
public final class SummaryGate {

    static final int PASSED = 0;
    static final int CROSSED = 1;
    static final int UNUSABLE = 2;

    private SummaryGate() {
    }

    /** Runs the gate and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the gate, printing to {@code out} and {@code err}.
     *
     * @return the exit status
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        GateOptions options;
        try {
            options = GateOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("sandbox-tests gate: " + e.getMessage());
            err.println(GateOptions.USAGE);
            return UNUSABLE;
        }
        if (options.help()) {
            out.println(GateOptions.USAGE);
            return PASSED;
        }
        RunSummary summary;
        try {
            summary = SummaryJson.read(options.summary());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("sandbox-tests gate: " + e.getMessage());
            return UNUSABLE;
        }
        if (options.markdown().isPresent()) {
            Path markdown = options.markdown().get();
            try {
                Path parent = markdown.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(markdown, SummaryMarkdown.render(summary, ""), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("sandbox-tests gate: could not write the Markdown to " + markdown.toAbsolutePath() + ": "
                        + e.getMessage());
                return UNUSABLE;
            }
        }
        out.println(summary.headline());
        GateVerdict verdict = GateVerdict.of(summary, options);
        out.println(verdict.describe(options));
        return verdict.passed() ? PASSED : CROSSED;
    }
}
