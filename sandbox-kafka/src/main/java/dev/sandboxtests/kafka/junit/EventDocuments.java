package dev.sandboxtests.kafka.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sandboxtests.routing.RoutingHeaders;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The JSON document an event SmartTest compares for one side: the events by topic, each as its key, its
 * headers (without the routing key, which differs between the sides by design) and its value.
 */
final class EventDocuments {

    /** Headers whose members are a list: only the routing member is taken out of them. */
    private static final Set<String> LISTS = Set.of("baggage", "tracestate");

    private EventDocuments() {
    }

    static ObjectNode of(Collection<String> topics, List<ConsumerRecord<byte[], byte[]>> records, RoutingHeaders routing,
            Function<ConsumerRecord<byte[], byte[]>, JsonNode> payload) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        for (String topic : topics) {
            ArrayNode events = document.putArray(topic);
            records.stream().filter(record -> record.topic().equals(topic))
                    .sorted(partitionIndependentOrder(payload))
                    .forEach(record -> events.add(event(record, routing, payload)));
        }
        return document;
    }

    /**
     * By record key; the same key's events in partition order (one key, one partition); events without a key,
     * which may come from any partition, by value. A tombstone (no value) is compared as {@code null}.
     */
    private static Comparator<ConsumerRecord<byte[], byte[]>> partitionIndependentOrder(
            Function<ConsumerRecord<byte[], byte[]>, JsonNode> payload) {
        Comparator<ConsumerRecord<byte[], byte[]>> byKey = Comparator.comparing(EventDocuments::keyText,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        return byKey.thenComparing((a, b) -> a.key() == null
                ? valueText(a, payload).compareTo(valueText(b, payload))
                : a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
    }

    private static ObjectNode event(ConsumerRecord<byte[], byte[]> record, RoutingHeaders routing,
            Function<ConsumerRecord<byte[], byte[]>, JsonNode> payload) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("key", keyText(record));
        ObjectNode headers = event.putObject("headers");
        Set<String> routingNames = routing.headerNames().stream().map(n -> n.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> names = new ArrayList<>();
        for (Header header : record.headers()) {
            String name = header.key().toLowerCase(Locale.ROOT);
            String value = header.value() == null ? "" : EventJson.printable(header.value());
            if (routingNames.contains(name)) {
                if (!LISTS.contains(name)) {
                    continue;
                }
                value = withoutRoutingMember(value);
                if (value.isEmpty()) {
                    continue;
                }
            }
            if (!names.contains(name)) {
                names.add(name);
                headers.put(name, value);
            } else {
                JsonNode existing = headers.get(name);
                ArrayNode values = existing.isArray() ? (ArrayNode) existing : headers.putArray(name).add(existing);
                values.add(value);
            }
        }
        event.set("value", record.value() == null ? JsonNodeFactory.instance.nullNode() : payload.apply(record));
        return event;
    }

    private static String valueText(ConsumerRecord<byte[], byte[]> record,
            Function<ConsumerRecord<byte[], byte[]>, JsonNode> payload) {
        return record.value() == null ? "" : EventJson.write(payload.apply(record));
    }

    private static String keyText(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : EventJson.printable(record.key());
    }

    private static String withoutRoutingMember(String list) {
        return java.util.Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(member -> !member.isEmpty())
                .filter(member -> !member.split("[=;]", 2)[0].trim().equals(RoutingHeaders.KEY_NAME))
                .collect(Collectors.joining(","));
    }
}
