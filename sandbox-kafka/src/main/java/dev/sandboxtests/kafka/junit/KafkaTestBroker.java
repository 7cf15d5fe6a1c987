package dev.sandboxtests.kafka.junit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The Kafka broker of a test run: a one-node KRaft broker started in the test JVM on first use (Kafka's own
 * test kit, about two seconds), or the broker that {@code sandbox.kafka.bootstrap-servers} names. One per test
 * JVM, shared by every test class; JUnit stops it when the run ends (it is held in the root
 * {@link org.junit.jupiter.api.extension.ExtensionContext.Store}), or, once {@link #shared()} handed it out,
 * the JVM's exit does.
 *
 * <p>In a {@code @SandboxTest} class it is a parameter; in a {@code LocalEnvironment},
 * which starts the services that consume from it, {@link #shared()} gives the same broker:
 *
 * <pre>{@code
 * public final class Shipping implements LocalEnvironment {
 *     public void define(LocalServices services) {
 *         String kafka = KafkaTestBroker.shared().bootstrapServers();
 *         services.service("shipping")
 *                 .baseline(ChildProcess.javaMain(ShippingMain.class).env("KAFKA_BOOTSTRAP_SERVERS", kafka));
 *     }
 * }
 *
 * @Test
 * void theForkShips(KafkaTestBroker kafka, @SandboxService("shipping") Producer<String, String> orders) { ... }
 * }</pre>
 *
 * <p>Against a broker of yours the library creates nothing it does not delete: topics made with
 * {@link #createTopic} are deleted when the broker is let go (when the run ends, or when the JVM exits), and the
 * consumer groups of a sandbox's forks when the sandbox closes.
 */
public final class KafkaTestBroker {

    private final String bootstrapServers;
    private final boolean embedded;
    private final Set<String> createdTopics = ConcurrentHashMap.newKeySet();
    private volatile Admin admin;

    KafkaTestBroker(String bootstrapServers, boolean embedded) {
        this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        this.embedded = embedded;
    }

    /**
     * The broker of this test run, from anywhere in the test JVM (a {@code LocalEnvironment}, a
     * {@code SandboxSession}): started on first use. Outside JUnit's configuration parameters, the setting
     * {@code sandbox.kafka.bootstrap-servers} is read from a system property, {@code junit-platform.properties}
     * on the class path, or the environment variable. A broker asked for here stays until the JVM exits: the
     * services started with its address may belong to any JUnit run in the JVM (an EngineTestKit run nests in
     * another), and none of them can tell when the others are done with it.
     */
    public static KafkaTestBroker shared() {
        return SharedBroker.JVM.pinned(SharedBroker.settingsOutsideJUnit());
    }

    /** Where clients connect, e.g. {@code localhost:40315}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether the broker runs in this JVM (as opposed to a broker of yours). */
    public boolean isEmbedded() {
        return embedded;
    }

    /** {@code bootstrap.servers}, to start the properties of a producer, consumer or admin client with. */
    public Map<String, Object> clientProperties() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    }

    /** Creates topics with one partition each, unless they exist; see {@link #createTopic(String, int, Map)}. */
    public void createTopics(String... names) {
        for (String name : names) {
            createTopic(name, 1, Map.of());
        }
    }

    /** Creates a topic with {@code partitions} partitions unless it exists; see {@link #createTopic(String, int, Map)}. */
    public void createTopic(String name, int partitions) {
        createTopic(name, partitions, Map.of());
    }

    /**
     * Creates a topic unless one of that name exists (whatever its partitions and configuration then), with
     * replication factor 1. On a broker of yours the topics created here are deleted when the broker is let go.
     *
     * @param configs topic configuration, e.g. {@code max.message.bytes}
     * @throws IllegalStateException with the broker's reason when it refuses
     */
    public void createTopic(String name, int partitions, Map<String, String> configs) {
        NewTopic topic = new NewTopic(name, partitions, (short) 1).configs(configs);
        try {
            admin().createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            createdTopics.add(name);
            awaitLeaders(name);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic '" + name + "' on " + bootstrapServers + ": "
                        + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("The broker at " + bootstrapServers + " did not create topic '" + name
                    + "' within 30 s.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic '" + name + "'.", e);
        }
    }

    /**
     * Returns once every partition of the new topic has a leader: a producer that sends before then waits for
     * one, and under load a batch for a partition whose leader came late expired after delivery.timeout.ms.
     */
    private void awaitLeaders(String name) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<Integer> leaderless;
        do {
            leaderless = leaderlessPartitions(name);
            if (leaderless.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("Topic '" + name + "' on " + bootstrapServers + " still has partitions without a"
                + " leader after 30 s: " + leaderless + ". The broker is overloaded or unwell; see its log.");
    }

    /**
     * The partitions of the topic without a leader yet; all of them (as {@code [-1]}) while the broker's metadata
     * does not know the new topic at all, which it answers with {@link UnknownTopicOrPartitionException} for a
     * moment after creating it (seen under load).
     */
    private List<Integer> leaderlessPartitions(String name) throws InterruptedException, ExecutionException,
            TimeoutException {
        try {
            TopicDescription description = admin().describeTopics(List.of(name)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(name);
            return description.partitions().stream()
                    .filter(partition -> partition.leader() == null || partition.leader().isEmpty())
                    .map(TopicPartitionInfo::partition).toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return List.of(-1);
            }
            throw e;
        }
    }

    /** The topics {@link #createTopic} created on this broker (it found the others). */
    Collection<String> createdTopics() {
        return Set.copyOf(createdTopics);
    }

    /** An admin client kept as long as the broker, closed with it. */
    synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
        }
        return admin;
    }

    /** Deletes the topics created on a broker of yours and closes the admin client; the broker itself is the caller's. */
    synchronized void release() throws Exception {
        if (admin == null) {
            return;
        }
        try {
            if (!embedded && !createdTopics.isEmpty()) {
                admin.deleteTopics(createdTopics).all().get(30, TimeUnit.SECONDS);
                createdTopics.clear();
            }
        } finally {
            admin.close();
            admin = null;
        }
    }

    @Override
    public String toString() {
        return (embedded ? "embedded Kafka broker at " : "Kafka broker at ") + bootstrapServers;
    }
}
