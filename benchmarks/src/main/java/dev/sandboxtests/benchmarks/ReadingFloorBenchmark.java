package dev.sandboxtests.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Not a contender: the floor under smart-diff's reading of issue 14's documents. smart-diff reads a body
 * with Jackson's byte parser, so no diff of two bodies it reads whole can take less than this: both
 * strings encoded to UTF-8 (as {@code Capture.json} does) and every token of both read, strings skipped
 * rather than decoded. Compared with the peers' figures of {@link MixedChangesOrderedBenchmark}, it says
 * how far the {@code ≤ 0.5} goal is reachable with that parser. Run with
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar '\.ReadingFloorBenchmark\.' -rf json -rff floor.json
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ReadingFloorBenchmark {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** {@link DocumentSize} label. */
    @Param({"7kb", "75kb"})
    public String size;

    private String baseline;
    private String fork;

    @Setup
    public void generate() {
        DocumentPair pair = ApiPayloads.ordered(ItemKind.MIXED_CHANGES, DocumentSize.of(size), Differing.ALL);
        baseline = pair.baseline();
        fork = pair.fork();
    }

    /** @return the number of tokens of both documents, so that nothing is optimised away */
    @Benchmark
    public long jacksonTokensOfBoth() throws IOException {
        return tokens(baseline.getBytes(StandardCharsets.UTF_8)) + tokens(fork.getBytes(StandardCharsets.UTF_8));
    }

    private static long tokens(byte[] json) throws IOException {
        long count = 0;
        try (JsonParser parser = FACTORY.createParser(json)) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }
}
