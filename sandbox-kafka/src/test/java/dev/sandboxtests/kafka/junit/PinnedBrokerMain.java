package dev.sandboxtests.kafka.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A JVM that uses the shared broker as a {@code LocalEnvironment} does (kept until the JVM exits), writes
 * a record, prints the broker's data directories under {@code java.io.tmpdir} and exits normally.
 */
public final class PinnedBrokerMain {

    private PinnedBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        KafkaTestBroker broker = KafkaTestBroker.shared();
        broker.createTopic("pinned", 1);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(broker.clientProperties(),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("pinned", "k", "v")).get();
        }
        System.out.println("data directories: " + dataDirectories());
        System.exit(0);
    }

    static long dataDirectories() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(path -> path.getFileName().toString().startsWith("sandbox-kafka-")).count();
        }
    }
}
