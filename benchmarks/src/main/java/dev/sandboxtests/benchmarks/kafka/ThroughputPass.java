package dev.sandboxtests.benchmarks.kafka;

import dev.sandboxtests.kafka.KafkaRouting;
import dev.sandboxtests.kafka.PollCounts;
import dev.sandboxtests.kafka.RoutedConsumerLoop;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One consumer reading a whole topic from its start, in a consumer group of its own, until it has read every
 * record: timed from the moment the group has assigned it the topic's partitions until the commit after the
 * last record returned (with {@link Commits#ASYNC}, until it was sent). Joining the group is timed apart and left out of the throughput: it costs every side about the
 * same (20–80 ms here), which would only dilute the difference between them. Every side gets the same
 * consumer properties (Kafka's defaults but for the group, {@code earliest} and no auto-commit), deserializers,
 * poll timeout and handler work, and commits after every poll that returned records, as {@link Commits} says.
 */
final class ThroughputPass {

    /** The poll timeout of every side: {@code RoutedConsumerLoop}'s default. */
    static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final String topic;
    private final int records;
    private final KafkaRouting routing;
    private final Commits commits;

    /**
     * @param records how many records the topic holds
     * @param routing the library's consumers' routing: shipping's baseline
     * @param commits how the sides that own their loop commit ({@code RoutedConsumerLoop} commits synchronously)
     */
    ThroughputPass(String bootstrapServers, String topic, int records, KafkaRouting routing, Commits commits) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.records = records;
        this.routing = routing;
        this.commits = commits;
    }

    /** Reads the topic once as {@code side}, in the new group {@code group}. */
    Result run(ConsumerSide side, String group) throws InterruptedException {
        return switch (side) {
            case PLAIN, ROUTED_POLL -> poll(side, group);
            case ROUTED_LOOP -> loop(group);
        };
    }

    private Result poll(ConsumerSide side, String group) {
        HandlerWork work = new HandlerWork();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long started = System.nanoTime();
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties(group), new StringDeserializer(),
                new StringDeserializer());
        AssignedAt assigned = new AssignedAt();
        try {
            consumer.subscribe(List.of(topic), assigned);
            long read = 0;
            while (read < records) {
                long polled;
                if (side == ConsumerSide.PLAIN) {
                    ConsumerRecords<String, String> batch = consumer.poll(POLL_TIMEOUT);
                    for (ConsumerRecord<String, String> record : batch) {
                        work.handle(record);
                    }
                    polled = batch.count();
                } else {
                    polled = routing.poll(consumer, POLL_TIMEOUT, work).records();
                }
                if (polled > 0 && commits == Commits.SYNC) {
                    consumer.commitSync();
                } else if (polled > 0) {
                    consumer.commitAsync();
                }
                read += polled;
                checkDeadline(deadline, side, read);
            }
            long ended = System.nanoTime();
            return new Result(side, assigned.at - started, ended - assigned.at, read, work.processed, work.checksum);
        } finally {
            // Asynchronous commits still queued at the coordinator are dropped: each pass has a group of its own.
            consumer.close(commits == Commits.ASYNC ? CloseOptions.timeout(Duration.ZERO) : CloseOptions.timeout(CLOSE_TIMEOUT));
        }
    }

    private Result loop(String group) throws InterruptedException {
        if (commits != Commits.SYNC) {
            throw new IllegalArgumentException("a RoutedConsumerLoop commits synchronously, not as " + commits);
        }
        HandlerWork work = new HandlerWork();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        long started = System.nanoTime();
        RoutedConsumerLoop<String, String> loop = RoutedConsumerLoop
                .builder(routing, new StringDeserializer(), new StringDeserializer())
                .properties(properties(group))
                .group(group)
                .topics(topic)
                .pollTimeout(POLL_TIMEOUT)
                .handler(work)
                .start();
        try {
            if (!loop.awaitAssignment(TIMEOUT)) {
                throw new IllegalStateException("The RoutedConsumerLoop of group " + group + " was not assigned partitions"
                        + " within " + TIMEOUT);
            }
            long assigned = System.nanoTime();
            PollCounts counts = loop.counts();
            while (counts.records() < records) {
                if (loop.failure().isPresent()) {
                    throw new IllegalStateException("The RoutedConsumerLoop of group " + group + " ended", loop.failure().get());
                }
                checkDeadline(deadline, ConsumerSide.ROUTED_LOOP, counts.records());
                Thread.sleep(1);
                counts = loop.counts();
            }
            // The loop updates its counts under a lock after handling a poll's records, so once they say all were
            // read, this thread sees everything the handler wrote.
            long ended = System.nanoTime();
            return new Result(ConsumerSide.ROUTED_LOOP, assigned - started, ended - assigned, counts.records(),
                    work.processed, work.checksum);
        } finally {
            loop.close();
        }
    }

    private Map<String, Object> properties(String group) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }

    private void checkDeadline(long deadline, ConsumerSide side, long read) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("The " + side.description() + " read " + read + " of " + records
                    + " records of " + topic + " in " + TIMEOUT);
        }
    }

    /**
     * What one pass did.
     *
     * @param joinNanos from creating the consumer until its group assigned it the partitions
     * @param nanos     from then until the commit after the last record
     * @param read      records read, processed or skipped
     * @param processed records handed to the handler
     * @param checksum  the handler's sum of value lengths, so that its work cannot be optimised away
     */
    record Result(ConsumerSide side, long joinNanos, long nanos, long read, long processed, long checksum) {

        double recordsPerSecond() {
            return read * 1e9 / nanos;
        }
    }

    /** When the consumer's group first assigned it partitions; set in {@code poll}, on the polling thread. */
    private static final class AssignedAt implements ConsumerRebalanceListener {
        private long at;

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (at == 0 && !partitions.isEmpty()) {
                at = System.nanoTime();
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        }
    }
}
