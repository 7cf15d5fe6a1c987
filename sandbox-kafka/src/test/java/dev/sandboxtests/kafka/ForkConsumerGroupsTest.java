package dev.sandboxtests.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.kafka.junit.TestBroker;
import dev.sandboxtests.reaper.Leftover;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.routes.RouteTable;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routing.RoutingKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A closed sandbox's fork groups, {@code <group>-<key>}, are deleted from the broker, and nothing else is. */
@ExtendWith(TestBroker.class)
class ForkConsumerGroupsTest {

    private static final String TOPIC = "fork-groups";

    @Test
    void theGroupsOfOneKeyAreDeletedAndOthersKept(KafkaTestBroker broker) throws Exception {
        broker.createTopic(TOPIC, 1);
        RoutingKey closing = RoutingKey.random();
        RoutingKey other = RoutingKey.random();
        List<String> groups = List.of("shipping-" + closing, "billing-" + closing, "shipping-" + other, "shipping",
                closing.value());
        groups.forEach(group -> commitIn(broker, group));

        try (Admin admin = ForkConsumerGroups.admin(broker.bootstrapServers())) {
            assertThat(ForkConsumerGroups.of(admin, closing)).containsExactly("billing-" + closing, "shipping-" + closing);

            assertThat(ForkConsumerGroups.delete(admin, closing, Duration.ofSeconds(10)))
                    .containsExactlyInAnyOrder("billing-" + closing, "shipping-" + closing);

            assertThat(groupIds(admin)).doesNotContain("billing-" + closing, "shipping-" + closing)
                    .contains("shipping-" + other, "shipping", closing.value());
            assertThat(ForkConsumerGroups.delete(admin, closing, Duration.ofSeconds(10))).as("again").isEmpty();
        }
    }

    @Test
    void aGroupWhoseForkStillConsumesIsDeletedOnceItLeaves(KafkaTestBroker broker) throws Exception {
        broker.createTopic(TOPIC, 1);
        RoutingKey key = RoutingKey.random();
        ConsumerPair running = new ConsumerPair(broker, TOPIC, Workload.named("groups-shipping"), key, new RouteTable(),
                new StringDeserializer(), null);

        try (Admin admin = ForkConsumerGroups.admin(broker.bootstrapServers())) {
            assertThatThrownBy(() -> ForkConsumerGroups.delete(admin, key, Duration.ofMillis(500)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("[groups-shipping-" + key + "] still have members");

            running.close();

            assertThat(ForkConsumerGroups.delete(admin, key, Duration.ofSeconds(30)))
                    .containsExactly("groups-shipping-" + key);
        }
    }

    @Test
    void theReapersWatchdogFindsTheRemoverAndItDeletesTheGroups(KafkaTestBroker broker) throws Exception {
        broker.createTopic(TOPIC, 1);
        RoutingKey key = RoutingKey.random();
        commitIn(broker, "orders-" + key);
        Leftover leftover = ForkConsumerGroups.leftover(broker.bootstrapServers(), key);

        Reaper.disabled().register(leftover).close(); // throws if no remover of the kind is listed
        new ForkConsumerGroupRemover().remove(leftover);
        new ForkConsumerGroupRemover().remove(leftover);

        try (Admin admin = ForkConsumerGroups.admin(broker.bootstrapServers())) {
            assertThat(groupIds(admin)).doesNotContain("orders-" + key);
        }
        assertThat(leftover.kind()).isEqualTo("kafka-consumer-group");
    }

    /** A group that exists on the broker: a consumer committed in it, and left. */
    private static void commitIn(KafkaTestBroker broker, String group) {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Eventually.until("assigned in " + group, () -> {
                consumer.poll(Duration.ofMillis(100));
                return !consumer.assignment().isEmpty();
            }, consumer::assignment);
            consumer.commitSync();
        }
    }

    private static List<String> groupIds(Admin admin) throws Exception {
        return admin.listGroups().all().get().stream().map(GroupListing::groupId).toList();
    }
}
