package dev.sandboxtests.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.kafka.junit.TestBroker;
import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.opentelemetry.context.Scope;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A producer with the interceptor, on a real broker: what is sent while a key is current carries it. */
@ExtendWith(TestBroker.class)
class RoutingProducerInterceptorTest {

    private static final String TOPIC = "interceptor-records";

    @Test
    void recordsSentWhileAKeyIsCurrentCarryItAndOthersDoNot(KafkaTestBroker broker) throws Exception {
        broker.createTopic(TOPIC, 1);
        RoutingKey key = RoutingKey.random();
        try (KafkaProducer<String, String> producer = producer(broker, Map.of())) {
            try (Scope scope = RoutingContext.attach(key)) {
                producer.send(new ProducerRecord<>(TOPIC, "routed-" + key)).get(30, TimeUnit.SECONDS);
            }
            producer.send(new ProducerRecord<>(TOPIC, "plain-" + key)).get(30, TimeUnit.SECONDS);
        }

        Map<String, Optional<RoutingKey>> keys = OutputReader.keysByValue(broker, TOPIC, 2, v -> v.endsWith("-" + key));

        assertThat(keys).containsEntry("routed-" + key, Optional.of(key)).containsEntry("plain-" + key, Optional.empty());
    }

    @Test
    void theProducerCanSayWhichHeadersAndAKeyForEveryRecord(KafkaTestBroker broker) throws Exception {
        broker.createTopic(TOPIC, 1);
        RoutingKey key = RoutingKey.random();
        try (KafkaProducer<String, String> producer = producer(broker, Map.of(
                RoutingProducerInterceptor.HEADERS_CONFIG, "header:x-routing-key",
                RoutingProducerInterceptor.KEY_CONFIG, key.value()))) {
            producer.send(new ProducerRecord<>(TOPIC, "fixed-" + key)).get(30, TimeUnit.SECONDS);
        }

        ConsumerRecord<String, String> record = OutputReader.read(broker, TOPIC, 1, v -> v.equals("fixed-" + key)).get(0);

        assertThat(RoutedRecords.key(record.headers(), RoutingHeaders.header("x-routing-key"))).contains(key);
        assertThat(record.headers().lastHeader("baggage")).isNull();
    }

    @Test
    void aMisconfiguredInterceptorFailsTheProducerWithTheReason(KafkaTestBroker broker) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> producer(broker,
                        Map.of(RoutingProducerInterceptor.HEADERS_CONFIG, "carrier-pigeon")).close())
                .hasRootCauseInstanceOf(ConfigException.class)
                .rootCause().hasMessageContaining("Unknown routing header setting 'carrier-pigeon'");
    }

    private static KafkaProducer<String, String> producer(KafkaTestBroker broker, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, RoutingProducerInterceptor.class.getName());
        properties.putAll(more);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }
}
