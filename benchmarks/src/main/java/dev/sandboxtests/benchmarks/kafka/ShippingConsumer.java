package dev.sandboxtests.benchmarks.kafka;

/**
 * The consumers of the workload {@code shipping} in the Kafka runs: its baseline and the forks of the three
 * sandboxes that fork it ({@link Sandboxes}).
 */
enum ShippingConsumer {
    BASELINE,
    FORK_1,
    FORK_2,
    FORK_3;

    /** Which of the three sandboxes forking {@code shipping} this fork belongs to (0, 1, 2). */
    int forkIndex() {
        if (this == BASELINE) {
            throw new IllegalStateException("the baseline belongs to no sandbox");
        }
        return ordinal() - 1;
    }
}
