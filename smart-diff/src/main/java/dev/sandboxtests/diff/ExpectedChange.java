package dev.sandboxtests.diff;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A check on an expected change: given the baseline and fork values at a location (a
 * {@code MissingNode} where absent), says whether the change is the one intended.
 *
 * <pre>{@code
 * ExpectedChange tenPercentOff = (baseline, fork) -> fork.asLong() == baseline.asLong() * 9 / 10;
 * }</pre>
 */
@FunctionalInterface
public interface ExpectedChange {

    boolean test(JsonNode baseline, JsonNode fork);

    /** Accepts any change. */
    static ExpectedChange any() {
        return (baseline, fork) -> true;
    }
}
