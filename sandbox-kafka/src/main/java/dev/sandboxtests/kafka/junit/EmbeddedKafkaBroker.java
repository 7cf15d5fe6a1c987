package dev.sandboxtests.kafka.junit;

import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One combined KRaft node (broker and controller in one) in this JVM, from Kafka's own test kit, listening
 * on a free port of the loopback interface, its logs in a temporary directory deleted when it stops.
 */
final class EmbeddedKafkaBroker implements AutoCloseable {

    /** Settings for a one-node broker that tests start fast against. */
    static final Map<String, String> CONFIGURATION = Map.of(
            // A new group's first join would otherwise wait 3 s for more members.
            "group.initial.rebalance.delay.ms", "0",
            "offsets.topic.replication.factor", "1",
            "offsets.topic.num.partitions", "5",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "share.coordinator.state.topic.replication.factor", "1",
            "share.coordinator.state.topic.min.isr", "1");

    private final KafkaClusterTestKit cluster;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    static EmbeddedKafkaBroker start() {
        KafkaClusterTestKit cluster = null;
        try {
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build());
            CONFIGURATION.forEach(builder::setConfigProp);
            cluster = builder.build();
            KafkaClusterTestKit formatted = cluster;
            QuietFormatting.run(formatted::format);
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new EmbeddedKafkaBroker(cluster);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(cluster, e);
            throw new IllegalStateException("Interrupted while starting the embedded Kafka broker.", e);
        } catch (Exception e) {
            closeQuietly(cluster, e);
            throw new IllegalStateException("Could not start the embedded Kafka broker: " + e.getMessage()
                    + ". To use a broker of your own instead, set " + KafkaSettings.BOOTSTRAP_SERVERS.key() + ".", e);
        }
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Stops the broker and deletes its logs; a second call does nothing (the test kit's own close is not idempotent). */
    @Override
    public synchronized void close() throws Exception {
        if (!closed) {
            closed = true;
            cluster.close();
        }
    }

    private static void closeQuietly(KafkaClusterTestKit cluster, Exception failure) {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception closing) {
                failure.addSuppressed(closing);
            }
        }
    }
}
