package dev.sandboxtests.kafka.junit;

import dev.sandboxtests.settings.Setting;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The settings of sandbox-kafka's test side, read like every other setting ({@link
 * dev.sandboxtests.settings.SandboxSettings}: JUnit configuration parameter, system property, environment
 * variable, default).
 */
public final class KafkaSettings {

    /**
     * {@code sandbox.kafka.bootstrap-servers} ({@code SANDBOX_KAFKA_BOOTSTRAP_SERVERS}): the broker tests use, e.g.
     * {@code 127.0.0.1:9092}; {@code embedded} (the default) starts one in the test JVM. Against a broker of
     * yours the library deletes what it creates: topics made with {@link KafkaTestBroker#createTopic}, the
     * consumer groups of closed sandboxes' forks.
     */
    public static final Setting<Optional<String>> BOOTSTRAP_SERVERS = Setting.of("sandbox.kafka.bootstrap-servers",
            Optional.empty(), "embedded", KafkaSettings::bootstrapServers,
            "the Kafka broker tests use (host:port,...), or embedded: a one-node KRaft broker started in the test JVM");

    /**
     * {@code sandbox.kafka.event-timeout} ({@code SANDBOX_KAFKA_EVENT_TIMEOUT}): how long an event SmartTest waits
     * for the events it expects on each side, unless {@code KafkaEvents.within(...)} says.
     */
    public static final Setting<Duration> EVENT_TIMEOUT = Setting.duration("sandbox.kafka.event-timeout", "30s",
            "how long an event SmartTest waits for the events it expects, per side (KafkaEvents.within overrides it)");

    /** Every setting of the module, for documentation checks. */
    public static final List<Setting<?>> ALL = List.of(BOOTSTRAP_SERVERS, EVENT_TIMEOUT);

    private KafkaSettings() {
    }

    private static Optional<String> bootstrapServers(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("embedded")) {
            return Optional.empty();
        }
        for (String server : trimmed.split(",")) {
            if (!server.trim().matches("[^\\s/]+:\\d{1,5}")) {
                throw new IllegalArgumentException("'" + server.trim() + "' is not host:port; write the brokers as"
                        + " host:port,host:port, or embedded");
            }
        }
        return Optional.of(trimmed);
    }
}
