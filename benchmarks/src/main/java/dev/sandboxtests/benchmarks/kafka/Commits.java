package dev.sandboxtests.benchmarks.kafka;

/** How the consumers of {@link ConsumerThroughput} commit their offsets: after every poll that returned records. */
enum Commits {
    /**
     * {@code commitSync()} after every poll, as {@code RoutedConsumerLoop} does: each poll then waits for the group
     * coordinator, which lingers 5 ms before it writes ({@code group.coordinator.append.linger.ms}, Kafka 4's
     * default), so the loop is bound by commits rather than by reading records.
     */
    SYNC,
    /**
     * {@code commitAsync()} after every poll: the loop is bound by reading records. The coordinator answers one
     * request of a connection at a time, 5 ms each, so these commits queue up there (1,000,000 records are 2,000
     * commits, 13 s); the consumer is closed without waiting for them.
     */
    ASYNC;

    /** What a reader of the figures needs to know: which call, after every poll. */
    String description() {
        return this == SYNC ? "commitSync after every poll" : "commitAsync after every poll";
    }
}
