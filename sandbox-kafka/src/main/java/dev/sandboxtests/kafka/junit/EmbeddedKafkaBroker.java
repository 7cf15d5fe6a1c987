package dev.sandboxtests.kafka.junit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One combined KRaft node (broker and controller in one) in this JVM, from Kafka's own test kit, listening
 * on a free port of the loopback interface, its logs in a temporary directory deleted when it stops.
 *
 * <p>The directory is ours, not the test kit's default: the test kit deletes a directory of its own
 * choosing in a JVM shutdown hook, which runs at the same time as the hook that stops a broker kept until
 * the JVM exits. Deleted under a running broker, its log directory fails, and the broker halts the JVM
 * with exit status 1, after every test passed (Surefire: "Error occurred in starting fork").
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
    private final Path directory;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaClusterTestKit cluster, Path directory) {
        this.cluster = cluster;
        this.directory = directory;
    }

    static EmbeddedKafkaBroker start() {
        KafkaClusterTestKit cluster = null;
        Path directory = null;
        try {
            directory = Files.createTempDirectory("sandbox-kafka-");
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).setBaseDirectory(directory)
                    .build());
            CONFIGURATION.forEach(builder::setConfigProp);
            cluster = builder.build();
            KafkaClusterTestKit formatted = cluster;
            QuietFormatting.run(formatted::format);
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new EmbeddedKafkaBroker(cluster, directory);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(cluster, directory, e);
            throw new IllegalStateException("Interrupted while starting the embedded Kafka broker.", e);
        } catch (Exception e) {
            closeQuietly(cluster, directory, e);
            throw new IllegalStateException("Could not start the embedded Kafka broker: " + e.getMessage()
                    + ". To use a broker of your own instead, set " + KafkaSettings.BOOTSTRAP_SERVERS.key() + ".", e);
        }
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Where the broker keeps its logs and metadata until it stops. */
    Path directory() {
        return directory;
    }

    /** Stops the broker and deletes its logs; a second call does nothing (the test kit's own close is not idempotent). */
    @Override
    public synchronized void close() throws Exception {
        if (!closed) {
            closed = true;
            try {
                cluster.close(); // deletes the directory too, once the broker has stopped
            } finally {
                Utils.delete(directory.toFile()); // in case closing failed half-way; nothing to do if gone
            }
        }
    }

    private static void closeQuietly(KafkaClusterTestKit cluster, Path directory, Exception failure) {
        try {
            if (cluster != null) {
                cluster.close();
            }
            if (directory != null) {
                Utils.delete(directory.toFile());
            }
        } catch (Exception closing) {
            failure.addSuppressed(closing);
        }
    }
}
