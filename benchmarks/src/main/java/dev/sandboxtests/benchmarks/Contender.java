package dev.sandboxtests.benchmarks;

import java.util.Arrays;
import java.util.Optional;

/** A library in the comparison, with the name of its {@code @Benchmark} method. */
public enum Contender {

    SMART_DIFF("smart-diff", "smartDiff"),
    JSON_UNIT("JsonUnit", "jsonUnit"),
    JSON_ASSERT("JSONassert", "jsonAssert"),
    ZJSONPATCH("zjsonpatch", "zjsonpatch");

    private final String displayName;
    private final String benchmarkMethod;

    Contender(String displayName, String benchmarkMethod) {
        this.displayName = displayName;
        this.benchmarkMethod = benchmarkMethod;
    }

    /** @return the library's name as its users know it */
    public String displayName() {
        return displayName;
    }

    /** @return the name of the {@code @Benchmark} method that measures this library */
    public String benchmarkMethod() {
        return benchmarkMethod;
    }

    /** @return whether this is one of the libraries smart-diff is measured against */
    public boolean isPeer() {
        return this != SMART_DIFF;
    }

    /**
     * @param benchmark a benchmark name as JMH reports it, {@code package.Class.method}
     * @return the library that method measures, if any
     */
    public static Optional<Contender> ofBenchmark(String benchmark) {
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        return Arrays.stream(values()).filter(contender -> contender.benchmarkMethod.equals(method)).findFirst();
    }
}
