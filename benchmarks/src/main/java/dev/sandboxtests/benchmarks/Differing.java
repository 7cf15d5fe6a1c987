package dev.sandboxtests.benchmarks;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How many items of the fork differ from the baseline; the label is the JMH {@code differing} parameter. */
public enum Differing {

    /** Every item has one field changed. */
    ALL("all"),
    /** One item in a hundred has one field changed (at least one item, so there is always a difference). */
    ONE_PERCENT("onePercent"),
    /** No item changed: the fork equals the baseline (or, unordered, is only shuffled). For checks, not timed. */
    NONE("none");

    private final String label;

    Differing(String label) {
        this.label = label;
    }

    /** @return the JMH parameter value, e.g. {@code "onePercent"} */
    public String label() {
        return label;
    }

    /**
     * @param items how many items the document has
     * @return how many of them the fork changes
     */
    public int changedCount(int items) {
        return switch (this) {
            case ALL -> items;
            case ONE_PERCENT -> Math.max(1, Math.round(items / 100f));
            case NONE -> 0;
        };
    }

    /**
     * @param label a JMH parameter value such as {@code "all"}
     * @return the share with that label
     * @throws IllegalArgumentException naming the known labels when there is no such share
     */
    public static Differing of(String label) {
        return Arrays.stream(values()).filter(share -> share.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown share of differing items '" + label
                        + "'; use one of " + Arrays.stream(values()).map(Differing::label)
                        .collect(Collectors.joining(", "))));
    }
}
