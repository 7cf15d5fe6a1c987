package dev.sandboxtests.diff.summary;

/**
 * Differences of each relevance.
 *
 * @param high   differences of relevance HIGH
 * @param medium differences of relevance MEDIUM
 * @param low    differences of relevance LOW
 */
public record Counts(int high, int medium, int low) {

    public Counts {
        if (high < 0 || medium < 0 || low < 0) {
            throw new IllegalArgumentException("counts cannot be negative: high " + high + ", medium " + medium
                    + ", low " + low);
        }
    }

    Counts plus(Counts other) {
        return new Counts(high + other.high, medium + other.medium, low + other.low);
    }
}
