package dev.sandboxtests.diff.classification;

import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.DiffException;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Relevance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns the raw differences into the reported ones. For each difference the first of these that
 * applies decides, in this order of precedence:
 * <ol>
 *   <li><b>ignore</b>: a rule ignores its location, so it is dropped (and counted);</li>
 *   <li><b>expect</b>: an expectation covers it; {@link Relevance#LOW} "expected: …" when one of the
 *       covering expectations' checks accepts the change, otherwise {@link Relevance#HIGH}
 *       "expected …, but …";</li>
 *   <li><b>noise</b>: the baseline samples differ there too ({@link NoiseModel}); LOW, with the
 *       evidence;</li>
 *   <li><b>format</b>: a value-only change between two values of one recognised format
 *       ({@link FormatRecognizer}), when format recognition is on; LOW;</li>
 *   <li><b>default</b>: the engine's own rating — status, content type, type change, missing or
 *       added value HIGH; any other value change MEDIUM.</li>
 * </ol>
 * Expectations that cover no difference are reported as unmet.
 */
public final class Classification {

    /**
     * The reported differences and what they do not show, for the engine to build its
     * {@link dev.sandboxtests.diff.BehaviorDiff} from.
     *
     * @param differences       the kept differences, each with its final relevance, in document order
     * @param unmetExpectations the expectations no difference was covered by, in declaration order
     * @param ignoredCount      how many differences ignore rules dropped
     */
    public record Result(List<Difference> differences, List<DiffRules.Expect> unmetExpectations, int ignoredCount) {
    }

    private final DiffRules rules;
    private final boolean recognizeFormats;
    private final BiFunction<Capture, Capture, List<Difference>> rawCompare;
    private final List<Capture> baselineSamples;
    private NoiseModel noise; // learned on first use: comparing the samples costs as much as the diff

    /**
     * @param rules            the user's rules
     * @param recognizeFormats whether value changes of recognised formats are LOW
     * @param rawCompare       the engine's comparison with default relevance, to learn noise with
     * @param baselineSamples  the baseline captures of the request, the first one the compared one
     */
    public Classification(DiffRules rules, boolean recognizeFormats,
                          BiFunction<Capture, Capture, List<Difference>> rawCompare, List<Capture> baselineSamples) {
        this.rules = rules;
        this.recognizeFormats = recognizeFormats;
        this.rawCompare = rawCompare;
        this.baselineSamples = List.copyOf(baselineSamples);
    }

    /**
     * @param raw the differences between the first baseline sample and the fork, with default relevance
     * @return the differences as reported
     * @throws DiffException when a baseline sample cannot be compared, or an expectation's check throws
     */
    public Result classify(List<Difference> raw) {
        List<Difference> kept = new ArrayList<>(raw.size());
        Set<DiffRules.Expect> met = new LinkedHashSet<>();
        int ignored = 0;
        for (Difference difference : raw) {
            String location = difference.location();
            if (!rules.ignores().isEmpty() && rules.ignoring(location).isPresent()) {
                ignored++;
                continue;
            }
            List<DiffRules.Expect> expectations = rules.expectations().isEmpty()
                    ? List.of() : rules.expectationsAt(location);
            if (!expectations.isEmpty()) {
                met.addAll(expectations);
                kept.add(expected(difference, expectations));
                continue;
            }
            kept.add(noiseOrFormat(difference).orElse(difference));
        }
        List<DiffRules.Expect> unmet = rules.expectations().stream().filter(e -> !met.contains(e)).toList();
        return new Result(kept, unmet, ignored);
    }

    private Optional<Difference> noiseOrFormat(Difference difference) {
        Optional<String> noiseReason = noise().explain(difference);
        if (noiseReason.isPresent()) {
            return Optional.of(difference.withRelevance(Relevance.LOW, noiseReason.get()));
        }
        if (recognizeFormats) {
            return FormatRecognizer.sharedFormat(difference).map(format -> difference.withRelevance(Relevance.LOW,
                    "both values are " + format + ": a value-only change of a recognised format"));
        }
        return Optional.empty();
    }

    private NoiseModel noise() {
        if (noise == null) {
            noise = NoiseModel.learn(baselineSamples, rawCompare);
        }
        return noise;
    }

    /** LOW when a covering expectation accepts the change; HIGH, naming the first one, when none does. */
    private static Difference expected(Difference difference, List<DiffRules.Expect> expectations) {
        for (DiffRules.Expect expectation : expectations) {
            if (accepts(expectation, difference)) {
                return difference.withRelevance(Relevance.LOW, "expected: " + expectation.description());
            }
        }
        DiffRules.Expect first = expectations.get(0);
        return difference.withRelevance(Relevance.HIGH, "expected " + first.description() + ", but the check rejected "
                + difference.baselineText() + " → " + difference.forkText());
    }

    private static boolean accepts(DiffRules.Expect expectation, Difference difference) {
        try {
            return expectation.check().test(difference.baseline(), difference.fork());
        } catch (RuntimeException broken) {
            throw new DiffException("The check of the expected change at " + expectation.pattern() + " (\""
                    + expectation.description() + "\") threw " + broken + " for the difference "
                    + difference.describe() + "; fix the check so that it returns true or false for any values,"
                    + " absent ones (MissingNode) included.", broken);
        }
    }
}
