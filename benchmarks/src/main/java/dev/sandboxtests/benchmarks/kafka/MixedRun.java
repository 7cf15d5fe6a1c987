package dev.sandboxtests.benchmarks.kafka;

import dev.sandboxtests.kafka.KafkaRouting;
import dev.sandboxtests.kafka.RoutedConsumerLoop;
import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.routes.RouteResolver;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The consumers of one workload, {@code shipping}, as a service's instances run them: its baseline and the
 * forks of three sandboxes, each a {@link RoutedConsumerLoop} (a fork in its own group,
 * {@code <group>-<routingKey>}), all reading one topic on four partitions while the records of every
 * {@link RecordKind} are produced to it. When each consumer has read every record (or the time is up), the
 * loops are closed and every record is counted by who processed it ({@link ProcessedRecords}).
 */
final class MixedRun {

    static final int PARTITIONS = 4;

    private final KafkaTestBroker broker;
    private final Sandboxes sandboxes;
    private final RouteResolver baselineRoutes;

    /**
     * @param baselineRoutes what the baseline learns about the routes: {@link Sandboxes#routes()} in a
     *                       correct run (anything else breaks isolation on purpose)
     */
    MixedRun(KafkaTestBroker broker, Sandboxes sandboxes, RouteResolver baselineRoutes) {
        this.broker = Objects.requireNonNull(broker, "broker");
        this.sandboxes = Objects.requireNonNull(sandboxes, "sandboxes");
        this.baselineRoutes = Objects.requireNonNull(baselineRoutes, "baselineRoutes");
    }

    /**
     * Runs {@code records} records through topic {@code <name>-orders} and group {@code <name>-shipping}.
     *
     * @param timeout for the consumers to join their groups, and again for them to read every record; a
     *                consumer that has not read them all by then shows it in the counts
     * @throws IllegalStateException when a consumer was not assigned partitions in time, or its loop ended
     */
    Outcome run(String name, int records, Duration timeout) throws InterruptedException {
        String topic = name + "-orders";
        broker.createTopic(topic, PARTITIONS);
        ProcessedRecords processed = new ProcessedRecords(records);
        Map<ShippingConsumer, RoutedConsumerLoop<String, String>> loops = new EnumMap<>(ShippingConsumer.class);
        long started = System.nanoTime();
        try {
            for (ShippingConsumer consumer : ShippingConsumer.values()) {
                loops.put(consumer, start(consumer, topic, name + "-shipping", processed));
            }
            for (RoutedConsumerLoop<String, String> loop : loops.values()) {
                if (!loop.awaitAssignment(timeout)) {
                    throw new IllegalStateException("The consumer in group " + loop.groupId() + " was not assigned"
                            + " partitions of " + topic + " within " + timeout);
                }
            }
            OrderRecords.produce(broker.bootstrapServers(), topic, records, sandboxes);
            awaitRead(loops, records, System.nanoTime() + timeout.toNanos());
        } finally {
            loops.values().forEach(RoutedConsumerLoop::close);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Map<ShippingConsumer, Long> read = new EnumMap<>(ShippingConsumer.class);
        Map<ShippingConsumer, String> groups = new EnumMap<>(ShippingConsumer.class);
        loops.forEach((consumer, loop) -> {
            read.put(consumer, loop.counts().records());
            groups.put(consumer, loop.groupId());
        });
        return new Outcome(processed.count(read), groups, took);
    }

    private RoutedConsumerLoop<String, String> start(ShippingConsumer consumer, String topic, String group,
                                                     ProcessedRecords processed) {
        RouteResolver routes = consumer == ShippingConsumer.BASELINE ? baselineRoutes : sandboxes.routes();
        KafkaRouting routing = KafkaRouting.of(sandboxes.identity(consumer), routes, OrderRecords.HEADERS);
        return RoutedConsumerLoop.builder(routing, new StringDeserializer(), new StringDeserializer())
                .bootstrapServers(broker.bootstrapServers())
                .property(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .group(group)
                .topics(topic)
                .handler(record -> processed.record(consumer, OrderRecords.id(record)))
                .start();
    }

    private static void awaitRead(Map<ShippingConsumer, RoutedConsumerLoop<String, String>> loops, int records,
                                  long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (RoutedConsumerLoop<String, String> loop : loops.values()) {
                if (loop.failure().isPresent()) {
                    throw new IllegalStateException("The consumer loop of group " + loop.groupId() + " ended",
                            loop.failure().get());
                }
                all &= loop.counts().records() >= records;
            }
            if (all) {
                return;
            }
            Thread.sleep(10);
        }
    }

    /**
     * A mixed run's counts, the consumer group of each consumer, and how long it took from starting the
     * consumers until they had read every record.
     */
    record Outcome(IsolationCounts counts, Map<ShippingConsumer, String> groups, Duration took) {
    }
}
