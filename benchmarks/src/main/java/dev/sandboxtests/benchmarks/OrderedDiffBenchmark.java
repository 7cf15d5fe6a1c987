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
 * Ordered arrays: smart-diff with default options against JsonUnit (default configuration), JSONassert
 * ({@code STRICT}) and zjsonpatch, on the same baseline and fork strings. Each call parses both strings.
 *
 * <p>SampleTime, so the summary can use medians (JMH's p0.50), as issue 3's goal is stated on the median.
 * Run with
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar '\.OrderedDiffBenchmark\.' -rf json -rff ordered.json
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class OrderedDiffBenchmark {

    /** {@link DocumentSize} label. */
    @Param({"7kb", "75kb", "1mb"})
    public String size;

    /** {@link Differing} label. */
    @Param({"all", "onePercent"})
    public String differing;

    private String baseline;
    private String fork;

    /** Generates the pair and checks that the library about to be measured finds its differences. */
    @Setup(Level.Trial)
    public void generate(BenchmarkParams params) {
        DocumentPair pair = ApiPayloads.ordered(itemKind(), DocumentSize.of(size), Differing.of(differing));
        Contender contender = Contender.ofBenchmark(params.getBenchmark()).orElseThrow();
        ResultCheck.require(contender, false, pair, "ordered " + (itemKind() == ItemKind.CATALOG ? "" : "mixed changes ") + size + "/" + differing
                + " (" + pair.baselineBytes() + " bytes)");
        baseline = pair.baseline();
        fork = pair.fork();
    }

    /** @return what the documents' items look like; subclasses time the same calls on other items */
    protected ItemKind itemKind() {
        return ItemKind.CATALOG;
    }

    @Benchmark
    public void smartDiff(Blackhole blackhole) {
        blackhole.consume(Contenders.smartDiff(baseline, fork));
    }

    @Benchmark
    public void jsonUnit(Blackhole blackhole) {
        var diff = Contenders.jsonUnit(baseline, fork);
        blackhole.consume(diff.similar());
        blackhole.consume(diff.differences());
    }

    @Benchmark
    public void jsonAssert(Blackhole blackhole) {
        blackhole.consume(Contenders.jsonAssert(baseline, fork));
    }

    @Benchmark
    public void zjsonpatch(Blackhole blackhole) {
        blackhole.consume(Contenders.zjsonpatch(baseline, fork));
    }
}
