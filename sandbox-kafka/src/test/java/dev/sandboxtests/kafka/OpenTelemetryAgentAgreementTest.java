package dev.sandboxtests.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.kafka.junit.TestBroker;
import dev.sandboxtests.routes.RouteTable;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routes.WorkloadIdentity;
import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service with no routing code, run with the OpenTelemetry Java agent (a child JVM), and a service with
 * {@link RoutingProducerInterceptor} write the same thing into record headers for the same context: the same
 * routing key and baggage members, so that consumers decide alike whoever produced.
 */
@ExtendWith(TestBroker.class)
class OpenTelemetryAgentAgreementTest {

    private static final String TOPIC = "agent-agreement";

    @Test
    void theAgentAndTheInterceptorWriteTheSameKeyAndBaggage(KafkaTestBroker broker) throws Exception {
        broker.createTopic(TOPIC, 1);
        RoutingKey key = RoutingKey.random();
        String fromAgent = "agent-" + key;
        String fromInterceptor = "interceptor-" + key;

        runWithAgent(broker, key, fromAgent);
        try (KafkaProducer<String, String> producer = interceptedProducer(broker);
             Scope baggage = Baggage.builder().put("user", "alice").build().makeCurrent();
             Scope routed = RoutingContext.attach(key)) {
            producer.send(new ProducerRecord<>(TOPIC, fromInterceptor, fromInterceptor)).get(30, TimeUnit.SECONDS);
        }

        Map<String, ConsumerRecord<String, String>> records = OutputReader.read(broker, TOPIC, 2,
                value -> value.equals(fromAgent) || value.equals(fromInterceptor)).stream()
                .collect(Collectors.toMap(ConsumerRecord::value, record -> record));
        ConsumerRecord<String, String> agent = records.get(fromAgent);
        ConsumerRecord<String, String> ours = records.get(fromInterceptor);

        assertThat(RoutedRecords.key(agent.headers(), RoutingHeaders.defaults())).contains(key);
        assertThat(RoutedRecords.key(ours.headers(), RoutingHeaders.defaults())).contains(key);
        assertThat(baggageOf(agent)).isEqualTo(baggageOf(ours)).containsEntry("sd-routing-key", key.value())
                .containsEntry("user", "alice").hasSize(2);
        KafkaRouting fork = KafkaRouting.of(WorkloadIdentity.fork(Workload.named("shipping"), "v2", key), new RouteTable(),
                RoutingHeaders.defaults());
        assertThat(fork.decide(agent)).isEqualTo(fork.decide(ours));
        assertThat(fork.decide(agent).process()).isTrue();
    }

    private static void runWithAgent(KafkaTestBroker broker, RoutingKey key, String value) throws Exception {
        Path agent = Path.of(System.getProperty("otel.javaagent.jar", "target/otel/opentelemetry-javaagent.jar"));
        assertThat(agent).as("the agent copied by the build").isRegularFile();
        Path log = Files.createTempFile("agent-producer", ".log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + agent.toAbsolutePath(), "-Xmx128m",
                "-Dotel.traces.exporter=none", "-Dotel.metrics.exporter=none", "-Dotel.logs.exporter=none",
                "-cp", System.getProperty("java.class.path"), AgentProducerMain.class.getName(),
                broker.bootstrapServers(), TOPIC, key.value(), value)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            boolean ended = child.waitFor(90, TimeUnit.SECONDS);
            assertThat(ended).as("the agent's producer ended; its output:\n%s", read(log)).isTrue();
            assertThat(child.exitValue()).as("its exit code; its output:\n%s", read(log)).isZero();
        } finally {
            child.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private static KafkaProducer<String, String> interceptedProducer(KafkaTestBroker broker) {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, RoutingProducerInterceptor.class.getName());
        properties.put(RoutingProducerInterceptor.HEADERS_CONFIG, "baggage");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    /** The baggage members of a record, as an instrumented consumer reads them (W3C propagator). */
    private static Map<String, String> baggageOf(ConsumerRecord<String, String> record) {
        List<String> values = new ArrayList<>();
        for (Header header : record.headers().headers("baggage")) {
            values.add(new String(header.value(), StandardCharsets.UTF_8));
        }
        assertThat(values).as("one baggage header").hasSize(1);
        Context context = W3CBaggagePropagator.getInstance().extract(Context.root(), values.get(0), new TextMapGetter<>() {
            @Override
            public Iterable<String> keys(String carrier) {
                return List.of("baggage");
            }

            @Override
            public String get(String carrier, String name) {
                return "baggage".equals(name) ? carrier : null;
            }
        });
        return Baggage.fromContext(context).asMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().getValue()));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

}
