package dev.sandboxtests.benchmarks.kafka;

/**
 * What a record of the Kafka runs carries, and which consumer of {@code shipping} must process it. Record
 * {@code id} is of kind {@link #of(int)}: the kinds take turns by {@code id % 100}, in these shares.
 */
enum RecordKind {
    /** Most traffic: no routing key, so baseline's. */
    NO_KEY(85, ShippingConsumer.BASELINE),
    /** The key of the first sandbox that forks shipping: its fork's. */
    SANDBOX_1(3, ShippingConsumer.FORK_1),
    SANDBOX_2(3, ShippingConsumer.FORK_2),
    SANDBOX_3(3, ShippingConsumer.FORK_3),
    /** The key of a sandbox that forks pricing only: shipping's baseline handles this hop of its request. */
    PRICING_SANDBOX(3, ShippingConsumer.BASELINE),
    /** A well-formed key of no sandbox (one closed already, say): baseline's. */
    NO_SANDBOX(3, ShippingConsumer.BASELINE);

    private static final RecordKind[] BY_SLOT = slots();

    private final int percent;
    private final ShippingConsumer processedBy;

    RecordKind(int percent, ShippingConsumer processedBy) {
        this.percent = percent;
        this.processedBy = processedBy;
    }

    /** The kind of record {@code id}. */
    static RecordKind of(int id) {
        return BY_SLOT[id % 100];
    }

    /** Its share of the records, in percent. */
    int percent() {
        return percent;
    }

    /** The one consumer of shipping that must process it. */
    ShippingConsumer processedBy() {
        return processedBy;
    }

    /** How many of the records {@code 0 .. records - 1} {@code consumer} must process. */
    static long expected(ShippingConsumer consumer, int records) {
        long count = 0;
        for (int id = 0; id < records; id++) {
            if (of(id).processedBy == consumer) {
                count++;
            }
        }
        return count;
    }

    private static RecordKind[] slots() {
        RecordKind[] slots = new RecordKind[100];
        int slot = 0;
        for (RecordKind kind : values()) {
            for (int i = 0; i < kind.percent; i++) {
                slots[slot++] = kind;
            }
        }
        if (slot != slots.length) {
            throw new IllegalStateException("the shares of the record kinds add up to " + slot + "%, not 100%");
        }
        return slots;
    }
}
