package dev.sandboxtests.kafka;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * A sandbox-aware consumer loop on a thread of its own: it subscribes in the group that {@link KafkaRouting}
 * chooses ({@code <group>-<routingKey>} on a fork), polls, hands the records this instance processes to the
 * handler with their routing context current, and commits after every poll, skipped records included.
 *
 * <pre>{@code
 * RoutedConsumerLoop<String, String> shipping = RoutedConsumerLoop
 *         .builder(KafkaRouting.fromEnvironment(), new StringDeserializer(), new StringDeserializer())
 *         .bootstrapServers(System.getenv("KAFKA_BOOTSTRAP_SERVERS"))
 *         .group("shipping")
 *         .topics("order-placed")
 *         .handler(record -> shipments.create(record.value()))
 *         .start();
 * // ...
 * shipping.close();
 * }</pre>
 *
 * <p>Offsets are committed by the loop ({@code enable.auto.commit} is off). A fork's group starts at the
 * earliest offset unless {@code auto.offset.reset} says otherwise: only records with the fork's own key are
 * processed there, and those are all produced after its sandbox exists, so reading from the start misses
 * none of them, even ones produced before the fork's consumer had joined its new group. Nothing that a
 * record holds stops the loop (see {@link KafkaRouting} for bad input); it ends when it is closed.
 *
 * @param <K> the record key's type
 * @param <V> the record value's type
 */
public final class RoutedConsumerLoop<K, V> implements AutoCloseable {

    private static final System.Logger LOGGER = System.getLogger(RoutedConsumerLoop.class.getName());
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaRouting routing;
    private final KafkaConsumer<K, V> consumer;
    private final List<String> topics;
    private final Duration pollTimeout;
    private final RecordHandler<K, V> handler;
    private final String groupId;
    private final Thread thread;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Object countsLock = new Object();
    private PollCounts counts = PollCounts.NONE;
    private volatile boolean closed;

    private RoutedConsumerLoop(Builder<K, V> builder) {
        this.routing = builder.routing;
        this.topics = List.copyOf(builder.topics);
        this.pollTimeout = builder.pollTimeout;
        this.handler = builder.handler;
        this.groupId = routing.groupId(builder.group);
        Map<String, Object> properties = new HashMap<>(builder.properties);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        if (routing.identity().isFork()) {
            properties.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        }
        this.consumer = new KafkaConsumer<>(properties, builder.keys, builder.values);
        this.thread = new Thread(this::run, "sandbox-kafka-" + groupId);
        thread.setDaemon(true);
    }

    /**
     * Starts describing a loop.
     *
     * @param routing who this consumer is and what it processes
     * @param keys    the record keys' deserializer
     * @param values  the record values' deserializer
     */
    public static <K, V> Builder<K, V> builder(KafkaRouting routing, Deserializer<K> keys, Deserializer<V> values) {
        return new Builder<>(routing, keys, values);
    }

    /** The consumer group it joined: {@code <group>-<routingKey>} on a fork. */
    public String groupId() {
        return groupId;
    }

    /**
     * Waits until partitions of its topics have been assigned to this consumer, for a service's readiness: a
     * baseline whose group has not joined yet would miss records produced meanwhile when it starts at the end.
     *
     * @return whether they were within {@code timeout}
     */
    public boolean awaitAssignment(Duration timeout) throws InterruptedException {
        return assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What the loop did with the records it read so far. */
    public PollCounts counts() {
        synchronized (countsLock) {
            return counts;
        }
    }

    /** Whether the loop is still polling. */
    public boolean isRunning() {
        return thread.isAlive() && !closed;
    }

    /** Why the loop ended other than by {@link #close()} (the broker went away for good, a configuration error). */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Stops polling, leaves the group (so a fork's group can be deleted at once) and closes the consumer. */
    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            if (!ended.await(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOGGER.log(Level.WARNING, "The consumer loop of group " + groupId + " did not end within " + CLOSE_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RoutedConsumerLoop<K, V> startThread() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            consumer.subscribe(topics, new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    if (!partitions.isEmpty()) {
                        assigned.countDown();
                    }
                }
            });
            while (!closed) {
                PollCounts polled = routing.poll(consumer, pollTimeout, handler);
                if (polled.records() > 0) {
                    consumer.commitSync();
                    synchronized (countsLock) {
                        counts = counts.plus(polled);
                    }
                }
            }
        } catch (WakeupException | InterruptException e) {
            if (!closed) {
                failure.set(e);
            }
        } catch (RuntimeException | Error e) {
            failure.set(e);
            LOGGER.log(Level.ERROR, "The consumer loop of group " + groupId + " ended", e);
        } finally {
            try {
                consumer.close();
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "Closing the consumer of group " + groupId + " failed: " + e);
            }
            ended.countDown();
        }
    }

    /** Describes a {@link RoutedConsumerLoop}. */
    public static final class Builder<K, V> {

        private final KafkaRouting routing;
        private final Deserializer<K> keys;
        private final Deserializer<V> values;
        private final Map<String, Object> properties = new HashMap<>();
        private final List<String> topics = new ArrayList<>();
        private String group;
        private Duration pollTimeout = Duration.ofMillis(500);
        private RecordHandler<K, V> handler;

        private Builder(KafkaRouting routing, Deserializer<K> keys, Deserializer<V> values) {
            this.routing = Objects.requireNonNull(routing, "routing");
            this.keys = Objects.requireNonNull(keys, "keys");
            this.values = Objects.requireNonNull(values, "values");
        }

        /** The brokers to bootstrap from, e.g. {@code 127.0.0.1:9092}. */
        public Builder<K, V> bootstrapServers(String bootstrapServers) {
            return property(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        }

        /**
         * A consumer property ({@link ConsumerConfig}); {@code group.id} and {@code enable.auto.commit} are the
         * loop's own and are overridden.
         */
        public Builder<K, V> property(String name, Object value) {
            properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Consumer properties, as {@link #property} takes them one by one. */
        public Builder<K, V> properties(Map<String, ?> more) {
            more.forEach(this::property);
            return this;
        }

        /** The service's consumer group; a fork joins {@code <group>-<routingKey>} instead. */
        public Builder<K, V> group(String group) {
            this.group = Objects.requireNonNull(group, "group");
            return this;
        }

        /** The topics to consume. */
        public Builder<K, V> topics(String... names) {
            topics.addAll(List.of(names));
            return this;
        }

        /** How long one poll waits for records (500 ms unless said). */
        public Builder<K, V> pollTimeout(Duration timeout) {
            this.pollTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** What to do with each record this instance processes. */
        public Builder<K, V> handler(RecordHandler<K, V> recordHandler) {
            this.handler = Objects.requireNonNull(recordHandler, "handler");
            return this;
        }

        /**
         * Creates the consumer and starts polling on a thread of its own.
         *
         * @throws IllegalStateException naming what is missing: the group, a topic, the handler, the bootstrap servers
         */
        public RoutedConsumerLoop<K, V> start() {
            List<String> missing = new ArrayList<>();
            if (group == null) {
                missing.add("group(...)");
            }
            if (topics.isEmpty()) {
                missing.add("topics(...)");
            }
            if (handler == null) {
                missing.add("handler(...)");
            }
            if (!properties.containsKey(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
                missing.add("bootstrapServers(...)");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("A RoutedConsumerLoop needs " + String.join(", ", missing) + ".");
            }
            return new RoutedConsumerLoop<>(this).startThread();
        }
    }
}
