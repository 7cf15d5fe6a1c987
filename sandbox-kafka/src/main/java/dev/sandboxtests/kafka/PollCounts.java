package dev.sandboxtests.kafka;

/**
 * What a poll, or a consumer loop so far, did with the records it read. Every record counts once.
 *
 * @param processed      records handled without failure
 * @param skipped        records that were not this consumer's: another consumer's key, or a malformed or
 *                       ambiguous routing key (which no consumer processes)
 * @param failed         records whose handler threw
 * @param undeserializable records the consumer's deserializers could not read, stepped over
 */
public record PollCounts(long processed, long skipped, long failed, long undeserializable) {

    /** Nothing read. */
    public static final PollCounts NONE = new PollCounts(0, 0, 0, 0);

    /** The records read, whatever became of them. */
    public long records() {
        return processed + skipped + failed + undeserializable;
    }

    /** These counts and {@code other}'s added up. */
    public PollCounts plus(PollCounts other) {
        return new PollCounts(processed + other.processed, skipped + other.skipped, failed + other.failed,
                undeserializable + other.undeserializable);
    }
}
