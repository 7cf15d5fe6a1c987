package dev.sandboxtests.benchmarks.kafka;

/** The consumers whose throughput {@link ConsumerThroughput} compares, on the same records and settings. */
enum ConsumerSide {
    /** What a user would otherwise write: a {@code KafkaConsumer} poll loop, every record handled, commit per poll. */
    PLAIN("plain KafkaConsumer loop"),
    /** The same loop with {@code KafkaRouting.poll} as the poll: the library's decision and routing context per record. */
    ROUTED_POLL("KafkaRouting.poll in the same loop"),
    /** The library's whole loop, {@code RoutedConsumerLoop}, on its own thread. */
    ROUTED_LOOP("RoutedConsumerLoop");

    private final String description;

    ConsumerSide(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
