package dev.sandboxtests.kafka;

import dev.sandboxtests.routes.ConsumerRouting;
import dev.sandboxtests.routes.ConsumerRouting.Decision;
import dev.sandboxtests.routes.RouteResolver;
import dev.sandboxtests.routes.RouteResolvers;
import dev.sandboxtests.routes.RoutesUnavailableException;
import dev.sandboxtests.routes.WatchingRouteResolver;
import dev.sandboxtests.routes.WorkloadIdentity;
import dev.sandboxtests.routing.InvalidRoutingKeyException;
import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import io.opentelemetry.context.Scope;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.Headers;

/**
 * Sandbox-aware consumption for one consumer of a service: which records it processes, in which
 * consumer group, and with which routing context. Every consumer reads every record and decides from the
 * routing key in the record's headers, by the rule of {@link ConsumerRouting}:
 * <ul>
 *   <li>a <b>fork</b> consumes in its own group, {@code <group>-<routingKey>} ({@link #groupId}), and
 *       processes only records whose key routes to its own sandbox;</li>
 *   <li>the <b>baseline</b> skips a record only when its key routes to a sandbox that forks this
 *       workload; a record without a key, or with the key of a sandbox that does not fork this workload,
 *       is the baseline's, as every other hop of that request is;</li>
 *   <li>skipped records are committed like processed ones (the consumer's position moves past them), so no
 *       lag builds up behind them.</li>
 * </ul>
 *
 * <p>Three ways to use it, from the least to the most code of yours:
 * <pre>{@code
 * KafkaRouting routing = KafkaRouting.fromEnvironment();       // SIGNADOT_BASELINE_NAME, SANDBOX_ROUTES_URL, ...
 *
 * // 1. the whole loop, on a thread of its own
 * RoutedConsumerLoop<String, String> loop = RoutedConsumerLoop.builder(routing, new StringDeserializer(), new StringDeserializer())
 *         .bootstrapServers(bootstrap).group("shipping").topics("order-placed")
 *         .handler(record -> ship(record.value()))
 *         .start();
 *
 * // 2. your own loop: one poll at a time (group id from routing.groupId("shipping"))
 * while (running) {
 *     routing.poll(consumer, Duration.ofMillis(500), record -> ship(record.value()));
 *     consumer.commitSync();
 * }
 *
 * // 3. a framework's hooks: a record filter and the routing context
 * if (!routing.discards(record)) {
 *     try (Scope scope = routing.attach(record)) { ship(record.value()); }
 * }
 * }</pre>
 *
 * <p><b>Records that cannot be routed</b>, each with a logged reason, none of them stopping a consumer:
 * <ul>
 *   <li>no headers, or no routing header: no key, so baseline processes it and forks skip it;</li>
 *   <li>a routing header that holds a malformed key (empty, a forbidden character, too long) or two
 *       different keys: no consumer processes it (a warning names the header and the problem), the rule the
 *       local router applies to HTTP and gRPC with {@code 400} and {@code INVALID_ARGUMENT}: such a record
 *       cannot say which sandbox it belongs to, and handing it to baseline would let a test that believes it
 *       talks to its fork talk to baseline. A {@code baggage} header whose other members are malformed but
 *       whose routing member is fine, or absent, is read like any other;</li>
 *   <li>the key of a closed sandbox (or of no sandbox): no rule routes it, so baseline processes it;</li>
 *   <li>a record the consumer's deserializers cannot read: {@link #poll} steps over it (seeks past it) and
 *       the consumer goes on; a warning names its topic, partition and offset when it was this consumer's;</li>
 *   <li>a large record (10 MB and more, as far as the broker and the consumer's fetch sizes allow): routed by
 *       its headers like any other, its value is never read to decide;</li>
 *   <li>while the route server cannot be reached before a first view of the routes: baseline processes
 *       keyed records too, with a warning, since it cannot know which keys are forked here.</li>
 * </ul>
 *
 * <p>Thread-safe; one instance can serve every consumer of a service instance. Close it when the service
 * stops: routing made by {@link #fromEnvironment()} or {@link #of(WorkloadIdentity, URI)} watches the route
 * server on a thread of its own, which closing stops.
 */
public final class KafkaRouting implements AutoCloseable {

    private static final System.Logger LOGGER = System.getLogger(KafkaRouting.class.getName());

    private final ConsumerRouting routing;
    private final RoutingHeaders headers;
    private final AutoCloseable owned;

    private KafkaRouting(ConsumerRouting routing, RoutingHeaders headers, AutoCloseable owned) {
        this.routing = Objects.requireNonNull(routing, "routing");
        this.headers = Objects.requireNonNull(headers, "headers");
        this.owned = owned;
    }

    /**
     * Routing for this process: its identity from {@code SIGNADOT_BASELINE_NAME} and the other variables of
     * {@link WorkloadIdentity}, the routes from the route server that {@link RouteResolvers#fromEnvironment()}
     * finds (a fork needs none: it decides by its own key), the headers from {@code sandbox.routing.headers}.
     *
     * @throws IllegalStateException naming the variable to set when the identity or, for a baseline, the route
     *         server is not given
     */
    public static KafkaRouting fromEnvironment() {
        return from(System::getenv);
    }

    /** Routing as {@link #fromEnvironment()} reads it, from {@code environment} instead of the process's variables. */
    static KafkaRouting from(Function<String, String> environment) {
        WorkloadIdentity identity = WorkloadIdentity.from(environment);
        if (identity.isFork()) {
            return of(identity, baseline -> List.of());
        }
        return watching(identity, RouteResolvers.serverFrom(environment).orElseThrow(() ->
                new IllegalStateException("Neither " + RouteResolvers.URL_VARIABLE + " nor "
                        + RouteResolvers.SIGNADOT_VARIABLE + " is set: a baseline consumer needs a route server to"
                        + " know which keys are forked. The local provider sets " + RouteResolvers.URL_VARIABLE
                        + " on the services it starts.")));
    }

    /**
     * Routing as {@code identity}, with the routes of the route server at {@code routeServer} (a fork needs
     * none: it decides by its own key), in the configured headers. For services in the test JVM:
     * <pre>{@code
     * services.service("shipping").readyWhenStarted()
     *         .baseline(context -> RunningService.worker(Shipping.start(KafkaRouting.of(context.identity(), context.routeServer()))));
     * }</pre>
     * Close it when the service stops.
     */
    public static KafkaRouting of(WorkloadIdentity identity, URI routeServer) {
        Objects.requireNonNull(routeServer, "routeServer");
        return identity.isFork() ? of(identity, baseline -> List.of()) : watching(identity, routeServer);
    }

    private static KafkaRouting watching(WorkloadIdentity identity, URI routeServer) {
        WatchingRouteResolver routes = WatchingRouteResolver.watch(routeServer);
        return new KafkaRouting(new ConsumerRouting(identity, routes), RoutingHeaders.fromConfiguration(), routes);
    }

    /** Routing as {@code identity}, with {@code routes} (yours to close), in the configured headers. */
    public static KafkaRouting of(WorkloadIdentity identity, RouteResolver routes) {
        return of(identity, routes, RoutingHeaders.fromConfiguration());
    }

    /** Routing as {@code identity}, with {@code routes} (yours to close), in {@code headers}. */
    public static KafkaRouting of(WorkloadIdentity identity, RouteResolver routes, RoutingHeaders headers) {
        return new KafkaRouting(new ConsumerRouting(identity, routes), headers, null);
    }

    /** Stops watching the route server, if this routing watches one it opened itself; otherwise nothing. */
    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                LOGGER.log(Level.WARNING, "Could not stop watching the route server: " + e);
            }
        }
    }

    /** Who this consumer is. */
    public WorkloadIdentity identity() {
        return routing.identity();
    }

    /** The headers the key is read from. */
    public RoutingHeaders headers() {
        return headers;
    }

    /**
     * The consumer group to join instead of {@code group}: {@code <group>-<routingKey>} on a fork, so that it
     * reads every record and commits its own offsets beside baseline's; {@code group} itself on a baseline.
     */
    public String groupId(String group) {
        Objects.requireNonNull(group, "group");
        return routing.identity().sandboxRoutingKey().map(key -> group + "-" + key.value()).orElse(group);
    }

    /** Whether this consumer processes {@code record}, and why; never throws. */
    public Decision decide(ConsumerRecord<?, ?> record) {
        return decide(record.headers());
    }

    /** Whether this consumer processes a record with these headers, and why; never throws. */
    public Decision decide(Headers recordHeaders) {
        return route(recordHeaders).decision();
    }

    private Routed route(Headers recordHeaders) {
        Optional<RoutingKey> key;
        try {
            key = RoutedRecords.key(recordHeaders, headers);
        } catch (InvalidRoutingKeyException e) {
            return new Routed(Decision.skip("its routing key cannot be used, so no consumer processes it: "
                    + e.getMessage()), true, Optional.empty());
        }
        try {
            return new Routed(routing.decide(key), false, key);
        } catch (RoutesUnavailableException e) {
            return new Routed(Decision.process("the routes are unknown, so baseline processes it: " + e.getMessage()),
                    true, key);
        }
    }

    /**
     * A decision, whether it is worth a warning (a refused key, unknown routes) rather than a debug line, and
     * the key it was made on, so that processing the record does not read its headers again.
     */
    private record Routed(Decision decision, boolean unusual, Optional<RoutingKey> key) {
    }

    /**
     * A record filter in the shape of Spring Kafka's {@code RecordFilterStrategy.filter}: true when this
     * consumer must not process {@code record} (let the framework acknowledge discarded records, so that they
     * are committed). Logs the reason as {@link #poll} does.
     */
    public boolean discards(ConsumerRecord<?, ?> record) {
        Routed routed = route(record.headers());
        log(routed, record.topic(), record.partition(), record.offset());
        return !routed.decision().process();
    }

    /**
     * Makes the record's routing key current, with the other members of its {@code baggage}, until the scope
     * is closed, so that what is produced or called while processing it carries the key on. A record without
     * a usable key leaves the context as it is.
     */
    public Scope attach(ConsumerRecord<?, ?> record) {
        try {
            return RoutingContext.attachFrom(RoutedRecords.lookup(record.headers()), headers);
        } catch (InvalidRoutingKeyException e) {
            return Scope.noop();
        }
    }

    /**
     * Polls once and handles what came: each record this consumer processes goes to {@code handler} with
     * its routing context current; the others are skipped. Committing is the caller's (after this returns,
     * the consumer's position is past every record read, skipped ones included). A handler that throws is
     * logged and the next record is handled; a record that cannot be deserialized is stepped over.
     *
     * @throws org.apache.kafka.common.errors.WakeupException       when {@code consumer.wakeup()} was called
     * @throws org.apache.kafka.common.errors.InterruptException    when the thread was interrupted
     */
    public <K, V> PollCounts poll(Consumer<K, V> consumer, Duration timeout, RecordHandler<K, V> handler) {
        ConsumerRecords<K, V> records;
        try {
            records = consumer.poll(timeout);
        } catch (RecordDeserializationException e) {
            Decision decision = decide(e.headers());
            Level level = decision.process() ? Level.WARNING : Level.DEBUG;
            LOGGER.log(level, () -> "Stepped over the record at " + e.topicPartition() + " offset " + e.offset() + ": its "
                    + e.origin().name().toLowerCase(Locale.ROOT) + " cannot be deserialized (" + e.getCause()
                    + ")" + (decision.process() ? "" : "; it was not this consumer's anyway: " + decision.reason()));
            consumer.seek(e.topicPartition(), e.offset() + 1);
            return new PollCounts(0, 0, 0, 1);
        }
        return handle(records, handler);
    }

    /** Handles records already polled, as {@link #poll} does. */
    public <K, V> PollCounts handle(ConsumerRecords<K, V> records, RecordHandler<K, V> handler) {
        long processed = 0;
        long skipped = 0;
        long failed = 0;
        for (ConsumerRecord<K, V> record : records) {
            Routed routed = route(record.headers());
            log(routed, record.topic(), record.partition(), record.offset());
            if (!routed.decision().process()) {
                skipped++;
                continue;
            }
            try (Scope scope = routed.key().isPresent()
                    ? RoutingContext.attach(routed.key().get(), RoutedRecords.lookup(record.headers())) : Scope.noop()) {
                handler.handle(record);
                processed++;
            } catch (Exception e) {
                failed++;
                LOGGER.log(Level.ERROR, "Processing the record at " + record.topic() + "-" + record.partition()
                        + " offset " + record.offset() + " failed; going on with the next record.", e);
            }
        }
        return new PollCounts(processed, skipped, failed, 0);
    }

    private void log(Routed routed, String topic, int partition, long offset) {
        Level level = routed.unusual() ? Level.WARNING : Level.DEBUG;
        Decision decision = routed.decision();
        if (LOGGER.isLoggable(level)) {
            LOGGER.log(level, (decision.process() ? "Processing" : "Skipping") + " the record at " + topic + "-" + partition
                    + " offset " + offset + " as " + routing.identity() + ": " + decision.reason());
        }
    }

    @Override
    public String toString() {
        return "KafkaRouting[" + routing.identity() + ", " + headers + "]";
    }
}
