package dev.sandboxtests.kafka;

import dev.sandboxtests.kafka.junit.KafkaTestBroker;
import dev.sandboxtests.routes.RouteResolver;
import dev.sandboxtests.routes.Workload;
import dev.sandboxtests.routes.WorkloadIdentity;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A baseline and a fork consumer loop of one service on one topic, in the service's group and the fork's,
 * each remembering what it processed; started and assigned when made.
 */
final class ConsumerPair implements AutoCloseable {

    final Handled baselineHandled = new Handled();
    final Handled forkHandled = new Handled();
    final RoutedConsumerLoop<String, String> baseline;
    final RoutedConsumerLoop<String, String> fork;

    /**
     * @param then what each loop does after remembering a record (e.g. produce an output), or null
     */
    ConsumerPair(KafkaTestBroker broker, String topic, Workload service, RoutingKey forkKey, RouteResolver routes,
                 Deserializer<String> values, RecordHandler<String, String> then) throws InterruptedException {
        baseline = loop(broker, topic, WorkloadIdentity.baseline(service), routes, values, baselineHandled, then);
        fork = loop(broker, topic, WorkloadIdentity.fork(service, service.name() + "-v2", forkKey), routes, values,
                forkHandled, then);
        if (!baseline.awaitAssignment(Duration.ofSeconds(30)) || !fork.awaitAssignment(Duration.ofSeconds(30))) {
            close();
            throw new IllegalStateException("The consumers of " + topic + " were not assigned partitions within 30 s");
        }
    }

    private static RoutedConsumerLoop<String, String> loop(KafkaTestBroker broker, String topic, WorkloadIdentity identity,
            RouteResolver routes, Deserializer<String> values, Handled handled, RecordHandler<String, String> then) {
        return RoutedConsumerLoop.builder(KafkaRouting.of(identity, routes, RoutingHeaders.defaults()),
                        new StringDeserializer(), values)
                .bootstrapServers(broker.bootstrapServers())
                .property(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .group(identity.baseline().name())
                .topics(topic)
                .handler(record -> {
                    handled.handle(record);
                    if (then != null) {
                        then.handle(record);
                    }
                })
                .start();
    }

    /** For messages: what each processed, and the counts. */
    String state() {
        return "baseline " + baselineHandled.values() + " " + baseline.counts() + ", fork " + forkHandled.values() + " "
                + fork.counts();
    }

    @Override
    public void close() {
        baseline.close();
        fork.close();
    }
}
