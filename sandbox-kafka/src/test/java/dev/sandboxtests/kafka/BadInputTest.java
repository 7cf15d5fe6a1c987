package dev.sandboxtests.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.kafka.junit.TestBroker;
import dev.sandboxtests.routes.RouteTable;
import dev.sandboxtests.routes.RoutingRule;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records that cannot be routed normally, on a real broker, through a baseline and a fork consumer loop:
 * each gets its documented fate, and neither loop stops. After each bad record comes a plain record for
 * baseline and one for the fork in the same partition; once both are handled, the bad one was handled
 * (or skipped) before, and both groups have committed past it.
 */
@ExtendWith(TestBroker.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String TOPIC = "bad-input";
    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;
    private static final Workload SHIPPING = Workload.named("bad-input-shipping");
    private final RoutingKey forked = RoutingKey.random();
    private final RouteTable routes = new RouteTable();
    private KafkaProducer<String, String> producer;
    private ConsumerPair consumers;
    private Handled baselineHandled;
    private Handled forkHandled;
    private int sentinel;

    @BeforeAll
    void startBaselineAndFork(KafkaTestBroker broker) throws InterruptedException {
        broker.createTopic(TOPIC, 1, Map.of("max.message.bytes", Integer.toString(TEN_MEGABYTES + 1024 * 1024)));
        routes.add(List.of(new RoutingRule(forked, SHIPPING, "shipping-v2")));
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TEN_MEGABYTES + 1024 * 1024);
        producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        consumers = new ConsumerPair(broker, TOPIC, SHIPPING, forked, routes, new PoisonRefusingDeserializer(), null);
        baselineHandled = consumers.baselineHandled;
        forkHandled = consumers.forkHandled;
    }

    @AfterEach
    void bothLoopsStillRun() {
        assertThat(consumers.baseline.isRunning()).as("baseline loop running").isTrue();
        assertThat(consumers.fork.isRunning()).as("fork loop running").isTrue();
        assertThat(consumers.baseline.failure()).isEmpty();
        assertThat(consumers.fork.failure()).isEmpty();
    }

    @AfterAll
    void stop() {
        consumers.close();
        producer.close();
    }

    @Test
    void aRecordWithoutHeadersIsProcessedByBaselineOnly() throws Exception {
        send(new ProducerRecord<>(TOPIC, "k", "no-headers"));

        assertThat(baselineHandled.values()).contains("no-headers");
        assertThat(forkHandled.values()).doesNotContain("no-headers");
    }

    @Test
    void aMalformedBaggageKeyIsProcessedByNoConsumer() throws Exception {
        send(withHeader("empty-key", "baggage", "sd-routing-key="));
        send(withHeader("two-keys", "baggage", "sd-routing-key=" + forked + ",sd-routing-key=abc123"));

        assertThat(baselineHandled.values()).doesNotContain("empty-key", "two-keys");
        assertThat(forkHandled.values()).doesNotContain("empty-key", "two-keys");
    }

    @Test
    void baggageWithoutTheKeyMemberIsReadAsNoKeyHoweverMalformed() throws Exception {
        send(withHeader("garbage-baggage", "baggage", "%%%,=;;,user"));

        assertThat(baselineHandled.values()).contains("garbage-baggage");
        assertThat(forkHandled.values()).doesNotContain("garbage-baggage");
    }

    @Test
    void aKeyOfAClosedSandboxIsProcessedByBaseline() throws Exception {
        RoutingKey closed = RoutingKey.random();
        routes.add(List.of(new RoutingRule(closed, SHIPPING, "closed-sandbox")));
        routes.remove(closed);

        send(withHeader("closed-sandbox", "baggage", "sd-routing-key=" + closed));

        assertThat(baselineHandled.values()).contains("closed-sandbox");
        assertThat(forkHandled.values()).doesNotContain("closed-sandbox");
    }

    @Test
    void aKeyWithForbiddenCharactersIsProcessedByNoConsumer() throws Exception {
        send(withHeader("upper-case", "baggage", "sd-routing-key=" + forked.value().toUpperCase()));
        send(withHeader("line-break", "baggage", "sd-routing-key=" + forked + "%0A"));
        ProducerRecord<String, String> notUtf8 = new ProducerRecord<>(TOPIC, "k", "not-utf8");
        byte[] key = ("sd-routing-key=" + forked + "?").getBytes(StandardCharsets.US_ASCII);
        key[key.length - 1] = (byte) 0xff;
        notUtf8.headers().add("baggage", key);
        send(notUtf8);

        assertThat(baselineHandled.values()).doesNotContain("upper-case", "line-break", "not-utf8");
        assertThat(forkHandled.values()).doesNotContain("upper-case", "line-break", "not-utf8");
    }

    @Test
    void aTenMegabyteRecordIsRoutedByItsHeadersLikeAnyOther() throws Exception {
        String large = "large-for-the-fork:" + "x".repeat(TEN_MEGABYTES);

        send(RoutedRecords.withKey(new ProducerRecord<>(TOPIC, "k", large), forked, RoutingHeaders.defaults()));

        assertThat(forkHandled.seen()).filteredOn(seen -> seen.value().startsWith("large-for-the-fork:"))
                .singleElement().extracting(Handled.Seen::size).isEqualTo(large.length());
        assertThat(baselineHandled.values()).noneMatch(value -> value.startsWith("large-for-the-fork:"));
    }

    @Test
    void aRecordTheDeserializerCannotReadIsSteppedOverByBoth() throws Exception {
        send(new ProducerRecord<>(TOPIC, "k", PoisonRefusingDeserializer.POISON));
        send(RoutedRecords.withKey(new ProducerRecord<>(TOPIC, "k", PoisonRefusingDeserializer.POISON), forked,
                RoutingHeaders.defaults()));

        assertThat(consumers.baseline.counts().undeserializable()).isGreaterThanOrEqualTo(2);
        assertThat(consumers.fork.counts().undeserializable()).isGreaterThanOrEqualTo(2);
    }

    private static ProducerRecord<String, String> withHeader(String value, String name, String headerValue) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, "k", value);
        record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Sends {@code record}, then a record for each consumer in the same partition, and waits for both. */
    private void send(ProducerRecord<String, String> record) throws Exception {
        producer.send(record).get(30, TimeUnit.SECONDS);
        String forBaseline = "sentinel-baseline-" + sentinel;
        String forFork = "sentinel-fork-" + sentinel++;
        producer.send(new ProducerRecord<>(TOPIC, "k", forBaseline)).get(30, TimeUnit.SECONDS);
        producer.send(RoutedRecords.withKey(new ProducerRecord<>(TOPIC, "k", forFork), forked, RoutingHeaders.defaults()))
                .get(30, TimeUnit.SECONDS);
        Eventually.until("handled " + forBaseline + " and " + forFork,
                () -> baselineHandled.contains(forBaseline) && forkHandled.contains(forFork),
                consumers::state);
    }

    /** Throws on one value, as a deserializer does on a record written in another format. */
    public static final class PoisonRefusingDeserializer implements Deserializer<String> {
        static final String POISON = "poison: not in the expected format";

        @Override
        public String deserialize(String topic, byte[] data) {
            String text = data == null ? null : new String(data, StandardCharsets.UTF_8);
            if (POISON.equals(text)) {
                throw new SerializationException("cannot read '" + text + "'");
            }
            return text;
        }
    }
}
