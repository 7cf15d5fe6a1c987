package dev.sandboxtests.kafka;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Scope;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A service with no routing code, run with the OpenTelemetry Java agent: it sends one record while the
 * current baggage holds a routing key and another member, as a service does while handling a routed
 * request the agent made current. Arguments: bootstrap servers, topic, routing key, value.
 */
public final class AgentProducerMain {

    private AgentProducerMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Object> properties = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new StringSerializer());
             Scope scope = Baggage.builder().put("sd-routing-key", args[2]).put("user", "alice").build().makeCurrent()) {
            producer.send(new ProducerRecord<>(args[1], args[3], args[3])).get();
        }
    }
}
