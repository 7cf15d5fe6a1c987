package dev.sandboxtests.kafka.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kafka.ForkConsumerGroups;
import dev.sandboxtests.kafka.RoutedRecords;
import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.kafka.junit.TestBroker;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxSession;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.SandboxSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When a sandbox closes (here through a {@link SandboxSession}, as outside JUnit), its key stops being
 * skipped by baseline and the consumer groups of its forks are deleted from the broker.
 */
@ExtendWith(TestBroker.class)
class ClosedSandboxTest {

    /** A shop of its own: its topics and groups are apart from the shared shop's. */
    public static final class SessionShop extends KafkaShop {
        @Override
        protected String prefix() {
            return "session-shop";
        }
    }

    @LocalSandbox(SessionShop.class)
    static final class Configured {
    }

    private static final KafkaShop SHOP = new SessionShop();

    @Test
    void afterTheSandboxClosesItsKeyIsBaselinesAndItsForkGroupsAreGone(KafkaTestBroker broker) throws Exception {
        String whileOpen = Orders.newId("while-open");
        String afterClose = Orders.newId("after-close");
        RoutingKey key;
        try (SandboxSession session = SandboxSession.forClass(Configured.class);
             KafkaProducer<String, String> producer = SandboxConsumersTest.plain(broker)) {
            Sandbox sandbox = session.start(SandboxSpec.builder("closing").fork(ForkSpec.of("shipping")).build());
            key = sandbox.routingKey();
            send(producer, key, whileOpen);
            Orders.awaitProcessed("the fork", () -> Processed.byFork(SHOP.prefix(), key.value()), whileOpen);
            try (Admin admin = ForkConsumerGroups.admin(broker.bootstrapServers())) {
                assertThat(ForkConsumerGroups.of(admin, key)).containsExactly(SHOP.shippingGroup() + "-" + key);

                sandbox.close();

                assertThat(ForkConsumerGroups.of(admin, key)).isEmpty();
            }

            send(producer, key, afterClose);

            Orders.awaitProcessed("baseline", () -> Processed.byBaseline(SHOP.prefix()), afterClose);
        }
        assertThat(Processed.byBaseline(SHOP.prefix())).doesNotContain(whileOpen);
        assertThat(Processed.byFork(SHOP.prefix(), key.value())).containsExactly(whileOpen);
    }

    private static void send(KafkaProducer<String, String> producer, RoutingKey key, String id) throws Exception {
        producer.send(RoutedRecords.withKey(new ProducerRecord<>(SHOP.orderPlaced(), "closing", Orders.json(id, "A1")), key,
                RoutingHeaders.defaults())).get();
    }
}
