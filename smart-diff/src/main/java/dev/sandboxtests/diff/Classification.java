package dev.sandboxtests.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Turns the raw differences into the reported ones: drops what rules ignore, demotes learned noise
 * and recognised formats to {@link Relevance#LOW}, and applies expectations.
 */
final class Classification {

    private final DiffRules rules;
    private final boolean recognizeFormats;
    private final BiFunction<Capture, Capture, List<Difference>> rawCompare;
    private final List<Capture> baselineSamples;

    Classification(DiffRules rules, boolean recognizeFormats, BiFunction<Capture, Capture, List<Difference>> rawCompare,
                   List<Capture> baselineSamples) {
        this.rules = rules;
        this.recognizeFormats = recognizeFormats;
        this.rawCompare = rawCompare;
        this.baselineSamples = List.copyOf(baselineSamples);
    }

    BehaviorDiff classify(Capture baseline, Capture fork, List<Difference> raw) {
        List<Difference> kept = new ArrayList<>(raw.size());
        for (Difference difference : raw) {
            if (rules.ignoring(difference.location()).isEmpty()) {
                kept.add(difference);
            }
        }
        return new BehaviorDiff(baseline, fork, kept, List.of(), baselineSamples.size());
    }
}
