package dev.sandboxtests.kafka.junit;

import dev.sandboxtests.kafka.ForkConsumerGroups;
import dev.sandboxtests.provider.ProvisioningContext;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.provider.SandboxListener;
import dev.sandboxtests.reaper.Reaper;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;

/**
 * Deletes the consumer groups of a closed sandbox's forks ({@code <group>-<routingKey>}) from the run's
 * broker, so that a broker of yours keeps none of them. When a sandbox is ready it also makes sure the run
 * holds the broker until it ends (a {@code LocalEnvironment} may have started it), and, for a broker of yours,
 * registers the groups with the reaper, so that a killed test JVM's groups are deleted by its watchdog. Does
 * nothing in runs that use no Kafka broker. Found through {@link java.util.ServiceLoader}.
 */
public final class ForkGroupsCleanup implements SandboxListener {

    private static final System.Logger LOGGER = System.getLogger(ForkGroupsCleanup.class.getName());
    /** How long the forks' consumers may take to leave their groups after the sandbox closed. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final SharedBroker holder;

    /** For {@link java.util.ServiceLoader}: this JVM's broker. */
    public ForkGroupsCleanup() {
        this(SharedBroker.JVM);
    }

    ForkGroupsCleanup(SharedBroker holder) {
        this.holder = holder;
    }

    @Override
    public void sandboxReady(Sandbox sandbox, ProvisioningContext context) {
        Optional<KafkaTestBroker> broker = inUse(context);
        if (broker.isEmpty()) {
            return;
        }
        context.shared(SharedBroker.STORE_KEY, SharedBroker.Lease.class, () -> holder.lease(context.settings()));
        if (!broker.get().isEmbedded()) {
            context.shared(registrationKey(sandbox), Registered.class, () -> new Registered(Reaper.forSettings(
                    context.settings()).register(ForkConsumerGroups.leftover(broker.get().bootstrapServers(),
                    sandbox.routingKey()))));
        }
    }

    @Override
    public void sandboxClosed(Sandbox sandbox, ProvisioningContext context) {
        Optional<KafkaTestBroker> broker = inUse(context);
        if (broker.isEmpty()) {
            return;
        }
        List<String> deleted;
        try (Admin admin = ForkConsumerGroups.admin(broker.get().bootstrapServers())) {
            deleted = ForkConsumerGroups.delete(admin, sandbox.routingKey(), PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("Interrupted while deleting the consumer groups of sandbox '" + sandbox.name() + "'", e);
        } catch (RuntimeException e) {
            throw new SandboxException("Could not delete the consumer groups of sandbox '" + sandbox.name() + "' from the "
                    + broker.get() + ": " + e.getMessage(), e);
        }
        if (!deleted.isEmpty()) {
            LOGGER.log(Level.DEBUG, () -> "Deleted the consumer groups " + deleted + " of sandbox '" + sandbox.name() + "'");
        }
        if (!broker.get().isEmbedded()) {
            context.shared(registrationKey(sandbox), Registered.class, () -> new Registered(null)).close();
        }
    }

    /** The broker this run uses: one started already, or one named by the setting; none when Kafka is not used. */
    private Optional<KafkaTestBroker> inUse(ProvisioningContext context) {
        Optional<KafkaTestBroker> running = holder.current();
        if (running.isPresent() || context.settings().get(KafkaSettings.BOOTSTRAP_SERVERS).isEmpty()) {
            return running;
        }
        return Optional.of(holder.get(context.settings()));
    }

    private static String registrationKey(Sandbox sandbox) {
        return "kafka-groups-registration:" + sandbox.routingKey();
    }

    /** The reaper's registration of a sandbox's groups, closed once they are deleted. */
    static final class Registered implements AutoCloseable {
        private final Reaper.Registration registration;

        Registered(Reaper.Registration registration) {
            this.registration = registration;
        }

        @Override
        public void close() {
            if (registration != null) {
                registration.close();
            }
        }
    }
}
