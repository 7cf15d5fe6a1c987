package dev.sandboxtests.benchmarks.kafka;

import java.util.List;

/**
 * The median of some measurements and how far they spread.
 *
 * @param median the middle value (the mean of the two middle ones for an even count)
 * @param min    the smallest
 * @param max    the largest
 */
public record Spread(double median, double min, double max) {

    public static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Spread(median, sorted.get(0), sorted.get(n - 1));
    }

    /** (max − min) / median. */
    double relativeRange() {
        return (max - min) / median;
    }
}
