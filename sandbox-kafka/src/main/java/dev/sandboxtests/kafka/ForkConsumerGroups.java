package dev.sandboxtests.kafka;

import dev.sandboxtests.reaper.Leftover;
import dev.sandboxtests.routing.RoutingKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;

/**
 * The consumer groups that a sandbox's forks joined, {@code <group>-<routingKey>} ({@link KafkaRouting#groupId}),
 * found on a broker by their suffix and deleted when the sandbox closes, so that a test run leaves no groups
 * behind on a broker that outlives it.
 *
 * <pre>{@code
 * try (Admin admin = ForkConsumerGroups.admin("127.0.0.1:9092")) {
 *     List<String> deleted = ForkConsumerGroups.delete(admin, sandbox.routingKey(), Duration.ofSeconds(30));
 * }
 * }</pre>
 */
public final class ForkConsumerGroups {

    /** The reaper's kind for the groups of one routing key: {@value}. */
    public static final String LEFTOVER_KIND = "kafka-consumer-group";

    static final String BOOTSTRAP_SERVERS = "bootstrap-servers";
    static final String ROUTING_KEY = "routing-key";

    private static final Duration RETRY = Duration.ofMillis(200);

    private ForkConsumerGroups() {
    }

    /** An admin client for {@code bootstrapServers} with short timeouts, to close after use. */
    public static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000));
    }

    /** The groups on the broker whose id ends in {@code -<key>}. */
    public static List<String> of(Admin admin, RoutingKey key) throws InterruptedException {
        String suffix = "-" + key.value();
        return await(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()).stream()
                .map(GroupListing::groupId)
                .filter(id -> id.endsWith(suffix) && id.length() > suffix.length())
                .sorted()
                .toList();
    }

    /**
     * Deletes the groups of {@code key}. A group whose members are still leaving (its forks are stopping)
     * cannot be deleted yet; it is tried again until {@code patience} has passed.
     *
     * @return the groups deleted (a group already gone counts as deleted)
     * @throws IllegalStateException naming the groups still there when {@code patience} has passed, or what
     *         the broker answered
     */
    public static List<String> delete(Admin admin, RoutingKey key, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<String> deleted = new ArrayList<>();
        List<String> left = of(admin, key);
        while (!left.isEmpty()) {
            List<String> busy = new ArrayList<>();
            for (Map.Entry<String, KafkaFuture<Void>> entry : admin.deleteConsumerGroups(left).deletedGroups().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                    deleted.add(entry.getKey());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof GroupIdNotFoundException) {
                        deleted.add(entry.getKey());
                    } else if (e.getCause() instanceof GroupNotEmptyException) {
                        busy.add(entry.getKey());
                    } else {
                        throw new IllegalStateException("Could not delete the consumer group " + entry.getKey() + ": "
                                + e.getCause(), e.getCause());
                    }
                } catch (TimeoutException e) {
                    throw new IllegalStateException("The broker did not answer the deletion of consumer group "
                            + entry.getKey() + " within 30 s.", e);
                }
            }
            if (!busy.isEmpty() && System.nanoTime() > deadline) {
                throw new IllegalStateException("The consumer groups " + busy + " still have members after " + patience
                        + ": stop the forks' consumers (close them, so that they leave their groups) before the sandbox.");
            }
            if (!busy.isEmpty()) {
                Thread.sleep(RETRY.toMillis());
            }
            left = busy;
        }
        return deleted;
    }

    /**
     * What the reaper needs to delete the groups of {@code key} from the broker at {@code bootstrapServers}
     * should the test JVM die first ({@link ForkConsumerGroupRemover}). Only for a broker that outlives the
     * JVM: an embedded broker takes its groups with it.
     */
    public static Leftover leftover(String bootstrapServers, RoutingKey key) {
        return Leftover.of(LEFTOVER_KIND, Map.of(BOOTSTRAP_SERVERS, bootstrapServers, ROUTING_KEY, key.value()));
    }

    private static <T> T await(KafkaFuture<T> future) throws InterruptedException {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker refused to list consumer groups: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The broker did not list its consumer groups within 30 s.", e);
        }
    }
}
