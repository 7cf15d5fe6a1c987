package dev.sandboxtests.routes;

import dev.sandboxtests.routing.RoutingKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The routing rules a provider knows, with a version that grows on every change, and what each
 * watching client has seen: the source that {@link RoutesServer} answers from and that in-JVM
 * consumers may read directly. A provider adds a sandbox's rules once its forks serve, waits with
 * {@link #awaitSeen} until every watching consumer has them, and removes them when the sandbox closes.
 *
 * <pre>{@code
 * RouteTable table = new RouteTable();
 * long version = table.add(List.of(new RoutingRule(key, Workload.named("shipping"), "shipping-v2")));
 * List<String> late = table.awaitSeen(version, Duration.ofSeconds(30));   // empty: every consumer knows
 * table.remove(key);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class RouteTable implements RouteResolver {

    /**
     * A watcher that has not asked for this long has gone away (a watching client asks again at least
     * every {@link WatchingRouteResolver#WAIT_SECONDS} seconds) and is not waited for.
     */
    static final Duration WATCHER_GONE_AFTER = Duration.ofSeconds(WatchingRouteResolver.WAIT_SECONDS + 10);

    private final List<RoutingRule> rules = new ArrayList<>();
    private Map<RoutingKey, List<RoutingRule>> byKey = Map.of();
    private final Map<String, Seen> watchers = new LinkedHashMap<>();
    private long version;

    /** Adds rules; returns the version that contains them. */
    public synchronized long add(List<RoutingRule> added) {
        rules.addAll(added);
        return changed();
    }

    /** Removes every rule of {@code key}; returns the version without them. */
    public synchronized long remove(RoutingKey key) {
        rules.removeIf(rule -> rule.routingKey().equals(key));
        return changed();
    }

    /** The current version. */
    public synchronized long version() {
        return version;
    }

    @Override
    public synchronized List<RoutingRule> rules(Workload baseline) {
        return rules.stream().filter(rule -> rule.baseline().matches(baseline)).toList();
    }

    @Override
    public synchronized Optional<RoutingRule> ruleFor(Workload baseline, RoutingKey key) {
        return RuleIndex.find(byKey, baseline, key);
    }

    /** Every rule, for a request that names no baseline. */
    public synchronized List<RoutingRule> all() {
        return List.copyOf(rules);
    }

    /**
     * Records that {@code watcher} holds {@code knownVersion}, then waits, up to {@code wait}, until the
     * version is newer than that.
     *
     * @return the current version, with the rules as of it
     */
    public synchronized Snapshot watch(String watcher, long knownVersion, Duration wait) throws InterruptedException {
        watchers.put(watcher, new Seen(knownVersion, System.nanoTime()));
        notifyAll();
        long deadline = System.nanoTime() + wait.toNanos();
        while (version <= knownVersion) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return new Snapshot(version, List.copyOf(rules));
    }

    /**
     * Waits until every watcher that asked within the last {@link #WATCHER_GONE_AFTER} holds
     * {@code version} or newer.
     *
     * @return the watchers that still did not, when {@code timeout} passed; empty when all did
     */
    public synchronized List<String> awaitSeen(long version, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> behind = behind(version);
            long left = deadline - System.nanoTime();
            if (behind.isEmpty() || left <= 0) {
                return behind;
            }
            wait(Math.max(1, Math.min(left, Duration.ofMillis(200).toNanos()) / 1_000_000));
        }
    }

    private List<String> behind(long wanted) {
        long now = System.nanoTime();
        return watchers.entrySet().stream()
                .filter(entry -> now - entry.getValue().at() < WATCHER_GONE_AFTER.toNanos())
                .filter(entry -> entry.getValue().version() < wanted)
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }

    private long changed() {
        byKey = RuleIndex.byKey(rules);
        version++;
        notifyAll();
        return version;
    }

    /**
     * The rules at one version.
     *
     * @param version the version
     * @param rules   every rule
     */
    public record Snapshot(long version, List<RoutingRule> rules) {
    }

    private record Seen(long version, long at) {
    }
}
