package dev.sandboxtests.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 14's unordered row: {@link UnorderedDiffBenchmark}'s calls on a 7 KB document of
 * {@link ItemKind#MIXED_CHANGES} items, the fork shuffled with 1% of the items (at least one) changed.
 * zjsonpatch has no unordered mode and is left out. Run with {@link MixedChangesOrderedBenchmark}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class MixedChangesUnorderedBenchmark {

    /** {@link DocumentSize} label. */
    @Param({"7kb"})
    public String size;

    /** {@link Differing} label. */
    @Param({"onePercent"})
    public String differing;

    private String baseline;
    private String fork;

    /** Generates the pair and checks that the library about to be measured finds its differences. */
    @Setup(Level.Trial)
    public void generate(BenchmarkParams params) {
        DocumentPair pair = ApiPayloads.unordered(ItemKind.MIXED_CHANGES, DocumentSize.of(size), Differing.of(differing));
        Contender contender = Contender.ofBenchmark(params.getBenchmark()).orElseThrow();
        ResultCheck.require(contender, true, pair, "unordered mixed changes " + size + "/" + differing
                + " (" + pair.baselineBytes() + " bytes)");
        baseline = pair.baseline();
        fork = pair.fork();
    }

    @Benchmark
    public void smartDiff(Blackhole blackhole) {
        blackhole.consume(Contenders.smartDiffUnordered(baseline, fork));
    }

    @Benchmark
    public void jsonUnit(Blackhole blackhole) {
        var diff = Contenders.jsonUnitUnordered(baseline, fork);
        blackhole.consume(diff.similar());
        blackhole.consume(diff.differences());
    }

    @Benchmark
    public void jsonAssert(Blackhole blackhole) {
        blackhole.consume(Contenders.jsonAssertUnordered(baseline, fork));
    }
}
