package dev.sandboxtests.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 14's ordered rows: {@link OrderedDiffBenchmark}'s calls, parameters and settings (inherited) on
 * documents of {@link ItemKind#MIXED_CHANGES} items, where each changed item differs in a string, a
 * timestamp, a UUID, a tag or a number. Run together with {@link MixedChangesUnorderedBenchmark}, in one
 * JMH run:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar '\.MixedChanges' -rf json -rff mixed-changes.json
 * </pre>
 */
@State(Scope.Benchmark)
public class MixedChangesOrderedBenchmark extends OrderedDiffBenchmark {

    @Override
    protected ItemKind itemKind() {
        return ItemKind.MIXED_CHANGES;
    }
}
