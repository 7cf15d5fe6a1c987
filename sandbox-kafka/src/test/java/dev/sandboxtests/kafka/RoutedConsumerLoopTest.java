package dev.sandboxtests.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.kafka.junit.TestBroker;
import dev.sandboxtests.routes.RouteTable;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A baseline and a fork of one consumer service on a real broker: each record is processed by exactly the
 * consumer its key routes to, in the consumer's own group, with the record's key current; skipped records
 * are committed.
 */
@ExtendWith(TestBroker.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutedConsumerLoopTest {

    private static final String TOPIC = "loop-order-placed";
    private static final String OUTPUT = "loop-shipment-created";
    private static final Workload SHIPPING = Workload.named("loop-shipping");
    private final RoutingKey forked = RoutingKey.random();
    private final RoutingKey otherSandbox = RoutingKey.random();
    private final RouteTable routes = new RouteTable();
    private KafkaTestBroker broker;
    private String testKey;
    private KafkaProducer<String, String> producer;
    private ConsumerPair consumers;
    private Handled baselineHandled;
    private Handled forkHandled;

    @BeforeAll
    void startBaselineAndFork(KafkaTestBroker kafka) throws InterruptedException {
        broker = kafka;
        broker.createTopic(TOPIC, 3);
        broker.createTopic(OUTPUT, 1);
        routes.add(List.of(new RoutingRule(forked, SHIPPING, "shipping-v2"),
                new RoutingRule(otherSandbox, Workload.named("loop-pricing"), "pricing-v2")));
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, RoutingProducerInterceptor.class.getName());
        properties.put(RoutingProducerInterceptor.HEADERS_CONFIG, "baggage");
        producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        consumers = new ConsumerPair(broker, TOPIC, SHIPPING, forked, routes, new StringDeserializer(),
                record -> producer.send(new ProducerRecord<>(OUTPUT, record.value(), "shipped " + record.value())).get());
        baselineHandled = consumers.baselineHandled;
        forkHandled = consumers.forkHandled;
    }

    @BeforeEach
    void newRecordKey(TestInfo test) {
        testKey = test.getDisplayName();
    }

    @AfterAll
    void stop() {
        consumers.close();
        producer.close();
    }

    @Test
    void eachRecordIsProcessedByTheConsumerItsKeyRoutesTo() throws Exception {
        send("plain", null);
        send("for-the-fork", forked);
        send("for-pricing-only", otherSandbox);
        send("for-no-sandbox", RoutingKey.random());

        send("last-for-baseline", null);
        send("last-for-the-fork", forked);

        Eventually.until("processed", () -> baselineHandled.contains("last-for-baseline") && forkHandled.contains("last-for-the-fork"),
                consumers::state);
        List<String> mine = List.of("plain", "for-the-fork", "for-pricing-only", "for-no-sandbox");
        assertThat(forkHandled.values()).filteredOn(mine::contains).containsExactly("for-the-fork");
        assertThat(baselineHandled.values()).filteredOn(mine::contains)
                .containsExactlyInAnyOrder("plain", "for-pricing-only", "for-no-sandbox");
    }

    @Test
    void theForkConsumesInItsOwnGroupAndSkippedRecordsAreCommitted() throws Exception {
        send("commit-plain", null);
        send("commit-fork", forked);

        Eventually.until("both processed", () -> baselineHandled.contains("commit-plain") && forkHandled.contains("commit-fork"),
                consumers::state);
        assertThat(consumers.fork.groupId()).isEqualTo("loop-shipping-" + forked);
        assertThat(consumers.baseline.groupId()).isEqualTo("loop-shipping");
        try (Admin admin = Admin.create(broker.clientProperties())) {
            Map<TopicPartition, Long> ends = new HashMap<>();
            for (int partition = 0; partition < 3; partition++) {
                TopicPartition tp = new TopicPartition(TOPIC, partition);
                ends.put(tp, admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp).get().offset());
            }
            for (String group : List.of(consumers.baseline.groupId(), consumers.fork.groupId())) {
                Eventually.until("committed up to the end in " + group, () -> committed(admin, group).equals(ends),
                        () -> committed(admin, group) + " vs " + ends);
            }
        }
    }

    @Test
    void whatIsProducedWhileARecordIsProcessedCarriesItsKeyOn() throws Exception {
        send("chain-fork", forked);
        send("chain-pricing", otherSandbox);

        Eventually.until("processed", () -> forkHandled.contains("chain-fork") && baselineHandled.contains("chain-pricing"),
                consumers::state);
        assertThat(forkHandled.seen()).filteredOn(seen -> seen.value().equals("chain-fork"))
                .singleElement().extracting(Handled.Seen::contextKey).isEqualTo(Optional.of(forked));
        assertThat(baselineHandled.seen()).filteredOn(seen -> seen.value().equals("chain-pricing"))
                .singleElement().extracting(Handled.Seen::contextKey).isEqualTo(Optional.of(otherSandbox));
        Map<String, Optional<RoutingKey>> outputs = OutputReader.keysByValue(broker, OUTPUT, 2,
                value -> value.startsWith("shipped chain-"));
        assertThat(outputs).containsEntry("shipped chain-fork", Optional.of(forked))
                .containsEntry("shipped chain-pricing", Optional.of(otherSandbox));
    }

    /** Records of one test share their record key, so one partition: what is handled after the last was handled before. */
    private void send(String value, RoutingKey key) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, testKey, value);
        if (key != null) {
            record = RoutedRecords.withKey(record, key, RoutingHeaders.defaults());
        }
        producer.send(record).get(30, TimeUnit.SECONDS);
    }

    private static Map<TopicPartition, Long> committed(Admin admin, String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> result = new HashMap<>();
            offsets.forEach((tp, offset) -> {
                if (tp.topic().equals(TOPIC) && offset != null) {
                    result.put(tp, offset.offset());
                }
            });
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
