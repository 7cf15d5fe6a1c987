package dev.sandboxtests.kafka;

import dev.sandboxtests.routing.HeaderLookup;
import dev.sandboxtests.routing.InvalidRoutingKeyException;
import dev.sandboxtests.routing.RoutingContext;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * The routing key in Kafka record headers, for code that builds its records itself (a producer with
 * {@link RoutingProducerInterceptor} does the same for every record it sends).
 *
 * <pre>{@code
 * producer.send(RoutedRecords.propagate(new ProducerRecord<>("order-placed", order.id(), json)));
 * }</pre>
 *
 * <p>The key travels in the headers that {@link RoutingHeaders} names (by default the W3C {@code baggage}
 * member {@code sd-routing-key=<key>}, which the OpenTelemetry Java agent writes too). The rules:
 * <ul>
 *   <li>without a key in the current context the record is returned as it is: it is baseline's;</li>
 *   <li>a record that carries a routing key already (set on purpose, by a test or by hand) keeps it,
 *       and so does one whose routing header is malformed: consumers then refuse it as its sender made it;</li>
 *   <li>otherwise the routing headers are written, merged with what the record has: the members of a
 *       {@code baggage} header already on the record are kept; a record without one gets the other
 *       members of the current OpenTelemetry baggage, as the agent's instrumentation would write them.</li>
 * </ul>
 * Records are never changed in place: a new record with new headers is returned.
 */
public final class RoutedRecords {

    private static final String BAGGAGE = "baggage";

    private RoutedRecords() {
    }

    /** {@code record} with the key of the current context, if any, in the configured headers. */
    public static <K, V> ProducerRecord<K, V> propagate(ProducerRecord<K, V> record) {
        return propagate(record, RoutingHeaders.fromConfiguration());
    }

    /** {@code record} with the key of the current context, if any, in {@code headers}. */
    public static <K, V> ProducerRecord<K, V> propagate(ProducerRecord<K, V> record, RoutingHeaders headers) {
        Objects.requireNonNull(record, "record");
        Optional<RoutingKey> key = RoutingContext.current();
        if (key.isEmpty() || carriesKey(record.headers(), headers)) {
            return record;
        }
        HeaderLookup existing = lookup(record.headers());
        HeaderLookup merged = existing.values(BAGGAGE).isEmpty()
                ? name -> BAGGAGE.equalsIgnoreCase(name) ? RoutingContext.currentBaggage().values(BAGGAGE) : existing.values(name)
                : existing;
        return withHeaders(record, RecordHeaderLookup.replacing(record.headers(), headers.merge(key.get(), merged)));
    }

    /**
     * {@code record} carrying {@code key} in {@code headers}, whatever the context and whatever key it
     * carried; the other members of its {@code baggage} header are kept.
     */
    public static <K, V> ProducerRecord<K, V> withKey(ProducerRecord<K, V> record, RoutingKey key, RoutingHeaders headers) {
        Objects.requireNonNull(key, "key");
        return withHeaders(record, RecordHeaderLookup.replacing(record.headers(),
                headers.merge(key, lookup(record.headers()))));
    }

    /**
     * The routing key a record carries, read by {@link RoutingHeaders#extract}, the rule HTTP and gRPC use.
     *
     * @throws InvalidRoutingKeyException if a routing header holds a malformed key or two different keys
     */
    public static Optional<RoutingKey> key(Headers recordHeaders, RoutingHeaders headers) {
        return headers.extract(lookup(recordHeaders));
    }

    /** Kafka record headers as a {@link HeaderLookup}: names case-insensitive, values as UTF-8. */
    public static HeaderLookup lookup(Headers recordHeaders) {
        return RecordHeaderLookup.of(recordHeaders);
    }

    /** Whether a routing header is there, holding a key or a malformed one. */
    static boolean carriesKey(Headers recordHeaders, RoutingHeaders headers) {
        try {
            return key(recordHeaders, headers).isPresent();
        } catch (InvalidRoutingKeyException malformed) {
            return true;
        }
    }

    private static <K, V> ProducerRecord<K, V> withHeaders(ProducerRecord<K, V> record, Headers headers) {
        return new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(), record.value(),
                headers);
    }
}
