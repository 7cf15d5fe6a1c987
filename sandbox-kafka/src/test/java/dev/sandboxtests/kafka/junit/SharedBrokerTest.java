package dev.sandboxtests.kafka.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.settings.InvalidSettingException;
import dev.sandboxtests.settings.SandboxSettings;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The run's broker: a broker of yours named by {@code sandbox.kafka.bootstrap-servers} (here the embedded one,
 * seen as an external broker through a holder of its own) is held while any run holds it, and what the tests
 * created on it is deleted when the last hold ends; nothing else is.
 */
@ExtendWith(TestBroker.class)
class SharedBrokerTest {

    @Test
    void onABrokerOfYoursTheTopicsCreatedAreDeletedWhenTheLastRunLetsGo(KafkaTestBroker embedded) throws Exception {
        embedded.createTopic("yours-already", 1);
        SharedBroker holder = new SharedBroker();
        SandboxSettings external = settings(embedded.bootstrapServers());

        SharedBroker.Lease outer = holder.lease(external);
        SharedBroker.Lease inner = holder.lease(external);
        KafkaTestBroker yours = outer.broker();
        yours.createTopic("created-by-tests", 2);
        yours.createTopic("created-by-tests", 2);
        yours.createTopic("yours-already", 1);

        assertThat(yours.isEmbedded()).isFalse();
        assertThat(yours.bootstrapServers()).isEqualTo(embedded.bootstrapServers());
        assertThat(yours.createdTopics()).containsExactly("created-by-tests");
        inner.close();
        assertThat(holder.current()).as("still held by the outer run").contains(yours);
        assertThat(topics(embedded)).contains("created-by-tests");

        outer.close();
        outer.close();

        assertThat(holder.current()).isEmpty();
        assertThat(topics(embedded)).doesNotContain("created-by-tests").contains("yours-already");
    }

    @Test
    void aSettingThatChangesAfterTheBrokerWasChosenIsAnErrorThatSaysWhereToSetIt(KafkaTestBroker embedded) {
        SharedBroker holder = new SharedBroker();
        holder.get(settings(embedded.bootstrapServers()));

        assertThatThrownBy(() -> holder.get(settings("127.0.0.1:1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("This test JVM already uses the Kafka broker at " + embedded.bootstrapServers()
                        + ", but sandbox.kafka.bootstrap-servers now says 127.0.0.1:1")
                .hasMessageContaining("set it as a system property, in junit-platform.properties or as the environment"
                        + " variable SANDBOX_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void theBootstrapSettingTakesHostsAndPortsOrEmbedded() {
        assertThat(settings("embedded").get(KafkaSettings.BOOTSTRAP_SERVERS)).isEmpty();
        assertThat(settings(" kafka-1:9092,[::1]:9093 ").get(KafkaSettings.BOOTSTRAP_SERVERS))
                .contains("kafka-1:9092,[::1]:9093");
        assertThatThrownBy(() -> settings("kafka-1").get(KafkaSettings.BOOTSTRAP_SERVERS))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'kafka-1' is not host:port; write the brokers as host:port,host:port, or embedded");
        assertThat(SandboxSettings.withParameters(Map.of()).get(KafkaSettings.BOOTSTRAP_SERVERS)).isEqualTo(Optional.empty());
    }

    private static SandboxSettings settings(String bootstrap) {
        return SandboxSettings.withParameters(Map.of(KafkaSettings.BOOTSTRAP_SERVERS.key(), bootstrap));
    }

    private static Set<String> topics(KafkaTestBroker broker) throws Exception {
        try (Admin admin = Admin.create(broker.clientProperties())) {
            return admin.listTopics().names().get();
        }
    }
}
