package dev.sandboxtests.kafka.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.junit.SmartCall;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.opentest4j.AssertionFailedError;

/**
 * An event SmartTest: trigger an action once without and once with the sandbox's routing key, collect
 * the events the system produces on named topics for each side, and compare them with smart-diff.
 *
 * <pre>{@code
 * @Test
 * void onlyTheCarrierOfTheShipmentChanges(SmartTest smart) {
 *     BehaviorDiff diff = smart.call("orders", KafkaEvents
 *             .afterHttp(request -> request.body("{\"sku\":\"A1\"}").post("/orders"))
 *             .expecting("shipment-created", 1));
 *
 *     assertThat(diff).hasOnlyChangesAt("/shipment-created/0/value/carrier");
 * }
 *
 * @Test
 * void aRecordForTheForkOfShipping(SmartTest smart) {
 *     assertThat(smart.call("shipping", KafkaEvents.afterRecord("order-placed", "o-1", "{\"sku\":\"A1\"}")
 *             .expecting("shipment-created", 1))).hasChangeAt("/shipment-created/0/value/carrier");
 * }
 * }</pre>
 *
 * <p><b>How events are matched to a side.</b> Each side is told apart by its routing key, which every service
 * passes on, into what it produces too. The fork side carries the sandbox's key; each baseline side carries a
 * fresh random key of no sandbox, which every router and consumer treats as baseline's and which is passed on
 * all the same. An event belongs to the side whose key it carries; events without a key, or with another
 * side's (or another test's) key, belong to none. Before the action, a reader is placed at the end of every
 * partition of the topics; it then collects until each topic has its expected count and a short settle time
 * has passed (so that an extra event right after is seen too), or until the timeout.
 *
 * <p><b>What is compared.</b> One JSON document per side, the events by topic:
 * {@code {"shipment-created": [{"key": "o-1", "headers": {...}, "value": {...}}]}}, so paths read
 * {@code /shipment-created/0/value/carrier}. Events of a topic are in an order that does not depend on
 * partitions: by record key, then in the order of their partition (the same key's events keep their order).
 * Values are read by {@link EventPayload} (JSON by default); the routing key is taken out of the headers (it is
 * what tells the sides apart); the status is the action's (an HTTP status, a gRPC code, {@code SENT} for a
 * produced record). A missing or an extra event is a {@code HIGH} difference (an element removed or added);
 * noise is learned from the second baseline run as for every SmartTest, and the SmartTest's rules apply.
 *
 * <p>A baseline side that does not produce the expected events within the timeout fails the test, saying what
 * arrived: the action or the topics are wrong, or a service does not pass the key on. A fork side may produce
 * fewer or more; that is the difference to see. The fork side is not counted by the provider's routers (forks
 * that consume are not called), so the diff carries no unreached-fork caveat: a fork that was not reached shows
 * as events missing on its side.
 *
 * <p>Instances are immutable; the {@code with…} style methods return new ones.
 */
public final class KafkaEvents implements SmartCall {

    /** How long collection goes on once every topic has its expected count: {@code 500ms}. */
    public static final Duration DEFAULT_SETTLE = Duration.ofMillis(500);

    /** The action: a call, or else a record to produce. */
    private final SmartCall trigger;
    private final ProducerRecord<byte[], byte[]> record;
    private final Map<String, Integer> expected;
    private final Map<String, EventPayload> payloads;
    private final EventPayload defaultPayload;
    private final Duration timeout;
    private final Duration settle;
    private final KafkaTestBroker broker;

    private KafkaEvents(SmartCall trigger, ProducerRecord<byte[], byte[]> record, Map<String, Integer> expected,
                        Map<String, EventPayload> payloads, EventPayload defaultPayload, Duration timeout, Duration settle,
                        KafkaTestBroker broker) {
        this.trigger = trigger;
        this.record = record;
        this.expected = expected;
        this.payloads = payloads;
        this.defaultPayload = defaultPayload;
        this.timeout = timeout;
        this.settle = settle;
        this.broker = broker;
    }

    /** Events caused by an HTTP request to the service the SmartTest names (RestAssured, as {@code smart.http}). */
    public static KafkaEvents afterHttp(Function<RequestSpecification, Response> request) {
        return after(SmartCall.http(request));
    }

    /** Events caused by any SmartTest call, e.g. sandbox-grpc's {@code GrpcCall}. */
    public static KafkaEvents after(SmartCall trigger) {
        return new KafkaEvents(Objects.requireNonNull(trigger, "trigger"), null, Map.of(), Map.of(), EventPayload.json(),
                null, DEFAULT_SETTLE, null);
    }

    /**
     * Events caused by a record produced to {@code topic}, carrying each side's key (name the service that
     * consumes it in {@code smart.call}).
     */
    public static KafkaEvents afterRecord(String topic, String key, String value) {
        return afterRecord(new ProducerRecord<>(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Events caused by {@code record}, produced with each side's key added to its headers. */
    public static KafkaEvents afterRecord(ProducerRecord<byte[], byte[]> record) {
        return new KafkaEvents(null, Objects.requireNonNull(record, "record"), Map.of(), Map.of(), EventPayload.json(),
                null, DEFAULT_SETTLE, null);
    }

    /** Collects the events on {@code topic}; each side is expected to produce {@code count} of them. */
    public KafkaEvents expecting(String topic, int count) {
        Objects.requireNonNull(topic, "topic");
        if (count < 0) {
            throw new IllegalArgumentException("The expected count of events on '" + topic + "' cannot be negative: " + count);
        }
        Map<String, Integer> more = new LinkedHashMap<>(expected);
        more.put(topic, count);
        return new KafkaEvents(trigger, record, Collections.unmodifiableMap(more), payloads, defaultPayload, timeout,
                settle, broker);
    }

    /** Reads the values of every topic with {@code payload} (JSON unless said). */
    public KafkaEvents payloads(EventPayload payload) {
        return new KafkaEvents(trigger, record, expected, payloads, Objects.requireNonNull(payload, "payload"), timeout,
                settle, broker);
    }

    /** Reads the values of {@code topic} with {@code payload}. */
    public KafkaEvents payloads(String topic, EventPayload payload) {
        Map<String, EventPayload> more = new LinkedHashMap<>(payloads);
        more.put(Objects.requireNonNull(topic, "topic"), Objects.requireNonNull(payload, "payload"));
        return new KafkaEvents(trigger, record, expected, Map.copyOf(more), defaultPayload, timeout, settle, broker);
    }

    /** Waits at most {@code timeout} per side for the expected events ({@code sandbox.kafka.event-timeout} unless said). */
    public KafkaEvents within(Duration timeout) {
        requirePositive(timeout, "timeout");
        return new KafkaEvents(trigger, record, expected, payloads, defaultPayload, timeout, settle, broker);
    }

    /** Goes on collecting for {@code settle} once every topic has its expected count (500 ms unless said). */
    public KafkaEvents settling(Duration settle) {
        if (settle.isNegative()) {
            throw new IllegalArgumentException("The settle time cannot be negative: " + settle);
        }
        return new KafkaEvents(trigger, record, expected, payloads, defaultPayload, timeout, settle, broker);
    }

    /** Collects from {@code broker} instead of {@link KafkaTestBroker#shared()}. */
    public KafkaEvents on(KafkaTestBroker broker) {
        return new KafkaEvents(trigger, record, expected, payloads, defaultPayload, timeout, settle,
                Objects.requireNonNull(broker, "broker"));
    }

    /**
     * Runs the action for one side and captures the events that carry the side's key: the fork's with the
     * sandbox's key, a baseline's with a fresh key of no sandbox.
     *
     * @throws AssertionFailedError when a baseline side does not produce the expected events in time
     */
    @Override
    public Capture send(Target target) throws Exception {
        if (expected.isEmpty()) {
            throw new IllegalStateException("An event SmartTest needs the topics to collect from:"
                    + " add .expecting(\"topic\", count).");
        }
        boolean fork = target.routingKey().isPresent();
        RoutingKey key = target.routingKey().orElseGet(RoutingKey::random);
        Target keyed = fork ? target : target.withRoutingKey(key);
        Duration wait = timeout != null ? timeout : SharedBroker.settingsOutsideJUnit().get(KafkaSettings.EVENT_TIMEOUT);
        EventCollector.Collected collected;
        Capture triggered;
        KafkaTestBroker on = broker();
        try (EventCollector collector = EventCollector.open(on, expected, target.routingHeaders())) {
            triggered = action(on).send(keyed);
            collected = collector.collect(key, wait, settle);
        }
        if (!fork && !collected.complete()) {
            throw new AssertionFailedError("The " + target.side() + " side (routing key " + key + ") produced "
                    + describe(collected.counts()) + " within " + wait + ", but " + describe(expected) + " were expected;"
                    + " meanwhile " + collected.unkeyed() + " record(s) without a routing key and " + collected.otherKeys()
                    + " with other keys arrived on these topics. Check the action and the topics, and that every"
                    + " service on the way passes the routing key on, into the records it produces too.");
        }
        byte[] body = EventJson.write(EventDocuments.of(expected.keySet(), collected.records(), target.routingHeaders(),
                this::payloadOf)).getBytes(StandardCharsets.UTF_8);
        Capture capture = Capture.of(triggered.status(), Map.of("content-type", List.of("application/json")), body);
        return triggered.statusName().map(capture::withStatusName).orElse(capture);
    }

    /** The action's request, for reports: the HTTP or gRPC request, or {@code Kafka <topic>} for a produced record. */
    @Override
    public Optional<Request> request() {
        return trigger != null ? trigger.request() : Optional.of(new Request("Kafka", record.topic()));
    }

    private SmartCall action(KafkaTestBroker on) {
        return trigger != null ? trigger : new RecordTrigger(record, on);
    }

    /** False: forks that consume are not counted by routers; an unreached fork shows as its side's missing events. */
    @Override
    public boolean forkReachCounted() {
        return false;
    }

    private JsonNode payloadOf(ConsumerRecord<byte[], byte[]> event) {
        return payloads.getOrDefault(event.topic(), defaultPayload).read(event.topic(), event.headers(), event.value());
    }

    private KafkaTestBroker broker() {
        return broker != null ? broker : KafkaTestBroker.shared();
    }

    private static String describe(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "no events";
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((topic, count) -> text.append(text.length() == 0 ? "" : ", ").append(count).append(" on '")
                .append(topic).append("'"));
        return text.toString();
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The " + what + " must be positive, but was " + duration);
        }
    }

    @Override
    public String toString() {
        return "events on " + expected.keySet() + " after " + (trigger != null ? trigger : "a record to " + record.topic());
    }
}
