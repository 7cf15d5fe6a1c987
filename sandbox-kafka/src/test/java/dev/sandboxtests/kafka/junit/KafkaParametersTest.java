package dev.sandboxtests.kafka.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;


import com.sun.net.httpserver.HttpServer;
import dev.sandboxtests.junit.Fork;
import dev.sandboxtests.junit.SandboxService;
import dev.sandboxtests.junit.SandboxTest;
import dev.sandboxtests.junit.Scenario;
import dev.sandboxtests.kafka.OutputReader;
import dev.sandboxtests.kafka.RoutedRecords;
import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.local.LocalServices;
import dev.sandboxtests.local.RunningService;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.routing.RoutingHeaders;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Kafka producers and the broker as parameters of a {@code @SandboxTest} class; what is wrong with one is said.
 * The outer tests hold the broker (TestBroker), so the scenario runs' own holds never stop it.
 */
@ExtendWith(TestBroker.class)
class KafkaParametersTest {

    private static final String TOPIC = "parameters";

    /** One HTTP service, {@code shipping}, with a fork: enough for a sandbox whose records a test produces. */
    public static final class OneService implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("shipping")
                    .baseline(context -> RunningService.inJvm(idle(context.port())))
                    .fork("v2", context -> RunningService.inJvm(idle(context.port())));
        }

        private static HttpServer idle(int port) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.start();
            return server;
        }
    }

    @Test
    void producersCarryTheSandboxsKeyAndWhatIsWrongWithAParameterIsSaid(KafkaTestBroker broker) {
        broker.createTopic(TOPIC, 1);

        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .enableImplicitConfigurationParameters(false)
                .configurationParameter(Scenario.RUN_PARAMETER, "true")
                .selectors(selectClass(ProducerScenarios.class))
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(1).failed(4));
        assertThat(failureOf(results, "raw")).hasMessageContaining("Parameter 'orders' is a raw Producer: declare its key"
                + " and value types, e.g. Producer<String, String>");
        assertThat(failureOf(results, "unknownType")).hasMessageContaining("Parameter 'orders': no serializer for the"
                + " value type java.lang.StringBuilder. Use String, byte[], Integer, Long, Double, UUID, Bytes or ByteBuffer");
        assertThat(failureOf(results, "unmarked")).as("left to other extensions")
                .hasMessageContaining("No ParameterResolver registered for parameter");
        assertThat(failureOf(results, "unknownService")).hasMessageContaining("billing");
    }

    private static Throwable failureOf(EngineExecutionResults results, String method) {
        return results.testEvents().failed().stream()
                .filter(event -> event.getTestDescriptor().getDisplayName().startsWith(method + "("))
                .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .findFirst().orElseThrow(() -> new AssertionError(method + " did not fail"));
    }

    @SandboxTest(forks = @Fork("shipping"))
    @LocalSandbox(OneService.class)
    @Scenario
    static class ProducerScenarios {

        @Test
        void producers(Sandbox sandbox, KafkaTestBroker broker, @SandboxService("shipping") Producer<String, String> orders,
                @SandboxService("shipping") KafkaProducer<String, String> same,
                @SandboxService("shipping") Producer<byte[], byte[]> bytes) throws Exception {
            String value = "from-" + sandbox.routingKey();
            orders.send(new ProducerRecord<>(TOPIC, value)).get();
            ConsumerRecord<String, String> record = OutputReader.read(broker, TOPIC, 1, value::equals).get(0);

            assertThat(RoutedRecords.key(record.headers(), RoutingHeaders.defaults())).contains(sandbox.routingKey());
            assertThat(same).isSameAs(orders);
            assertThat((Object) bytes).isNotSameAs(orders);
            assertThat(broker).isSameAs(KafkaTestBroker.shared());
        }

        @Test
        @SuppressWarnings("rawtypes")
        void raw(@SandboxService("shipping") Producer orders) {
        }

        @Test
        void unknownType(@SandboxService("shipping") Producer<String, StringBuilder> orders) {
        }

        @Test
        void unmarked(Producer<String, String> orders) {
        }

        @Test
        void unknownService(@SandboxService("billing") Producer<String, String> orders) {
        }
    }
}
