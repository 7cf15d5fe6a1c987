package dev.sandboxtests.kafka.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.kafka.ForkConsumerGroups;
import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.reaper.ReaperSettings;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.spec.SandboxSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a broker of yours (here the embedded one, named by the setting through a holder of its own), a ready
 * sandbox's fork groups are registered with the reaper, and deleted and unregistered when it closes; in a run
 * that uses no broker the listener does nothing.
 */
@ExtendWith(TestBroker.class)
class ForkGroupsCleanupTest {

    @Test
    void onABrokerOfYoursTheGroupsAreRegisteredWithTheReaperThenDeleted(KafkaTestBroker embedded, @TempDir Path reaper)
            throws Exception {
        embedded.createTopic("cleanup", 1);
        SharedBroker holder = new SharedBroker();
        Context context = new Context(Map.of(KafkaSettings.BOOTSTRAP_SERVERS.key(), embedded.bootstrapServers(),
                ReaperSettings.DIRECTORY.key(), reaper.toString()));
        TestSandbox sandbox = new TestSandbox(RoutingKey.random());
        ForkGroupsCleanup cleanup = new ForkGroupsCleanup(holder);

        cleanup.sandboxReady(sandbox, context);
        joinGroup(embedded, "cleanup-shipping-" + sandbox.routingKey());

        assertThat(registered(reaper)).singleElement().asString().contains("kafka-consumer-group")
                .contains(sandbox.routingKey().value()).contains(embedded.bootstrapServers());
        cleanup.sandboxClosed(sandbox, context);

        try (Admin admin = ForkConsumerGroups.admin(embedded.bootstrapServers())) {
            assertThat(ForkConsumerGroups.of(admin, sandbox.routingKey())).isEmpty();
        }
        assertThat(registered(reaper)).isEmpty();
        context.close();
        assertThat(holder.current()).as("the run's hold ended with its store").isEmpty();
    }

    @Test
    void aRunWithoutKafkaIsLeftAlone(@TempDir Path reaper) {
        SharedBroker holder = new SharedBroker();
        Context context = new Context(Map.of(ReaperSettings.DIRECTORY.key(), reaper.toString()));

        new ForkGroupsCleanup(holder).sandboxReady(new TestSandbox(RoutingKey.random()), context);
        new ForkGroupsCleanup(holder).sandboxClosed(new TestSandbox(RoutingKey.random()), context);

        assertThat(holder.current()).isEmpty();
        assertThat(context.shared).isEmpty();
    }

    private static void joinGroup(KafkaTestBroker broker, String group) {
        Map<String, Object> properties = new HashMap<>(broker.clientProperties());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("cleanup"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.commitSync();
        }
    }

    private static List<String> registered(Path reaper) throws IOException {
        try (Stream<Path> files = Files.walk(reaper)) {
            return files.filter(Files::isRegularFile).map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(text -> text.contains("kafka-consumer-group")).toList();
        }
    }

    /** A provisioning context whose shared resources live in a map, closed like a run's store. */
    private static final class Context implements ProvisioningContext, AutoCloseable {
        private final SandboxSettings settings;
        final Map<String, AutoCloseable> shared = new HashMap<>();

        Context(Map<String, String> parameters) {
            this.settings = SandboxSettings.withParameters(parameters);
        }

        @Override
        public String requester() {
            return "ForkGroupsCleanupTest";
        }

        @Override
        public RoutingHeaders routingHeaders() {
            return RoutingHeaders.defaults();
        }

        @Override
        public SandboxSettings settings() {
            return settings;
        }

        @Override
        public <A extends Annotation> Optional<A> annotation(Class<A> type) {
            return Optional.empty();
        }

        @Override
        public synchronized <T extends AutoCloseable> T shared(String key, Class<T> type, Supplier<T> factory) {
            return type.cast(shared.computeIfAbsent(key, ignored -> factory.get()));
        }

        @Override
        public void close() throws Exception {
            for (AutoCloseable resource : shared.values()) {
                resource.close();
            }
        }
    }

    /** A sandbox as the listener sees it: a name and a routing key. */
    private record TestSandbox(RoutingKey routingKey) implements Sandbox {
        @Override
        public String name() {
            return "cleanup-" + routingKey;
        }

        @Override
        public SandboxSpec spec() {
            return SandboxSpec.builder(name()).build();
        }

        @Override
        public RoutingHeaders routingHeaders() {
            return RoutingHeaders.defaults();
        }

        @Override
        public URI endpoint(String service) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, URI> endpoints() {
            return Map.of();
        }

        @Override
        public void awaitReady(Duration timeout) {
        }

        @Override
        public void close() {
        }
    }
}
