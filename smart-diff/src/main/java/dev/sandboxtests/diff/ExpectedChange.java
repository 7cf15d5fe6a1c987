package dev.sandboxtests.diff;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A check on an expected change: given the baseline and fork values of one {@link Difference} (a
 * {@code MissingNode} where absent), says whether the change is the one intended.
 *
 * <p>The values are those of the difference itself, as in {@link Difference#baseline()} and
 * {@link Difference#fork()}: an expectation at {@code /price} that covers changes at
 * {@code /price/total} and {@code /price/discount} is asked once for each of them, with their own
 * values. A status is an {@code IntNode}, a header a {@code TextNode}.
 *
 * <pre>{@code
 * ExpectedChange tenPercentOff = (baseline, fork) -> fork.asLong() == baseline.asLong() * 9 / 10;
 * }</pre>
 *
 * <p>A check that throws makes {@link SmartDiff#compare} throw a {@link DiffException} naming the
 * expectation: a broken check must not pass or fail silently.
 */
@FunctionalInterface
public interface ExpectedChange {

    /**
     * @param baseline the baseline value, a {@code MissingNode} when absent
     * @param fork     the fork value, a {@code MissingNode} when absent
     * @return whether this is the intended change
     */
    boolean test(JsonNode baseline, JsonNode fork);

    /** @return a check that accepts any change */
    static ExpectedChange any() {
        return (baseline, fork) -> true;
    }
}
