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
 * Unordered arrays: a 1,000-item baseline against a fork that lists the same items shuffled, 1% of them
 * changed. smart-diff with {@code unordered("/items")}, JsonUnit with {@code IGNORING_ARRAY_ORDER},
 * JSONassert with {@code NON_EXTENSIBLE} (order ignored, extra fields still fail). zjsonpatch has no
 * unordered mode and is left out. Run with
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar '\.UnorderedDiffBenchmark\.' -rf json -rff unordered.json
 * </pre>
 *
 * <p>JsonUnit needs about a second per call here, so the iterations are longer than in
 * {@link OrderedDiffBenchmark} to collect several samples each.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class UnorderedDiffBenchmark {

    /** How many items both sides have. */
    @Param({"1000"})
    public int items;

    /** {@link Differing} label. */
    @Param({"onePercent"})
    public String differing;

    private String baseline;
    private String fork;

    /** Generates the pair and checks that the library about to be measured finds its differences. */
    @Setup(Level.Trial)
    public void generate(BenchmarkParams params) {
        DocumentPair pair = ApiPayloads.unordered(items, Differing.of(differing));
        Contender contender = Contender.ofBenchmark(params.getBenchmark()).orElseThrow();
        ResultCheck.require(contender, true, pair, "unordered " + items + " items/" + differing
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
