package dev.sandboxtests.kafka;

import dev.sandboxtests.reaper.Leftover;
import dev.sandboxtests.reaper.LeftoverRemover;
import dev.sandboxtests.routing.RoutingKey;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;

/**
 * The reaper's kind {@value ForkConsumerGroups#LEFTOVER_KIND}: deletes the consumer groups of a sandbox's forks
 * ({@code <group>-<routingKey>}) from a broker that outlived the test JVM that created them. Found by the
 * watchdog through {@link java.util.ServiceLoader}.
 */
public final class ForkConsumerGroupRemover implements LeftoverRemover {

    /** For {@link java.util.ServiceLoader}. */
    public ForkConsumerGroupRemover() {
    }

    @Override
    public String kind() {
        return ForkConsumerGroups.LEFTOVER_KIND;
    }

    @Override
    public void remove(Leftover leftover) throws InterruptedException {
        RoutingKey key = RoutingKey.parse(leftover.parameter(ForkConsumerGroups.ROUTING_KEY));
        try (Admin admin = ForkConsumerGroups.admin(leftover.parameter(ForkConsumerGroups.BOOTSTRAP_SERVERS))) {
            ForkConsumerGroups.delete(admin, key, Duration.ofSeconds(30));
        }
    }
}
