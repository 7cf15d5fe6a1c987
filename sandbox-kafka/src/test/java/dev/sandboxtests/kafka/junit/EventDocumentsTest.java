package dev.sandboxtests.kafka.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sandboxtests.routing.RoutingHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;

/** What one side of an event SmartTest is compared as: events by topic, in an order partitions do not change. */
class EventDocumentsTest {

    @Test
    void eventsAreOrderedByKeyThenByTheirPartitionsOrderWhateverOrderTheyWereReadIn() {
        List<ConsumerRecord<byte[], byte[]>> readOrder = List.of(
                record("t", 2, 7, "b", "{\"n\":2}"), record("t", 0, 3, "a", "{\"n\":1}"),
                record("t", 2, 5, "b", "{\"n\":1}"), record("t", 1, 9, null, "{\"n\":9}"),
                record("t", 0, 1, null, "{\"n\":8}"), record("other", 0, 0, "x", "{}"));

        ObjectNode document = EventDocuments.of(List.of("t", "empty"), readOrder, RoutingHeaders.defaults(), json());

        assertThat(document.fieldNames()).toIterable().containsExactly("t", "empty");
        assertThat(document.get("empty")).isEmpty();
        assertThat(document.get("t")).extracting(e -> e.get("key").isNull() ? "-" : e.get("key").asText())
                .containsExactly("-", "-", "a", "b", "b");
        assertThat(document.get("t")).extracting(e -> e.at("/value/n").asInt()).containsExactly(8, 9, 1, 1, 2);
    }

    @Test
    void theRoutingKeyIsTakenOutOfTheHeadersAndTheirOtherMembersKept() {
        ConsumerRecord<byte[], byte[]> record = record("t", 0, 0, "k", "{}");
        record.headers().add("baggage", bytes("sd-routing-key=abc123,user=alice"));
        record.headers().add("tracestate", bytes("sd-routing-key=abc123"));
        record.headers().add("x-routing-key", bytes("abc123"));
        record.headers().add("x-tag", bytes("one"));
        record.headers().add("x-tag", bytes("two"));

        JsonNode headers = EventDocuments.of(List.of("t"), List.of(record),
                RoutingHeaders.signadot().and(RoutingHeaders.header("x-routing-key")), json()).at("/t/0/headers");

        assertThat(headers.get("baggage").asText()).isEqualTo("user=alice");
        assertThat(headers.has("tracestate")).isFalse();
        assertThat(headers.has("x-routing-key")).isFalse();
        assertThat(headers.get("x-tag")).extracting(JsonNode::asText).containsExactly("one", "two");
    }

    @Test
    void valuesAreJsonTextOrWhatYourDeserializerMakesOfThem() {
        byte[] notJson = bytes("carrier=drone");
        byte[] notUtf8 = {(byte) 0xff, 0x01};
        Deserializer<String> upperCase = (topic, data) -> {
            if (data[0] == (byte) 0xff) {
                throw new IllegalArgumentException("not mine");
            }
            return new String(data, StandardCharsets.UTF_8).toUpperCase();
        };
        EventPayload custom = EventPayload.deserializedBy(upperCase, text -> "{\"text\":\"" + text + "\"}");
        Headers none = new RecordHeaders();

        assertThat(EventPayload.json().read("t", none, bytes("{\"a\":[1]}")).at("/a/0").asInt()).isEqualTo(1);
        assertThat(EventPayload.json().read("t", none, notJson).asText()).isEqualTo("carrier=drone");
        assertThat(EventPayload.json().read("t", none, new byte[0]).asText()).isEmpty();
        assertThat(EventPayload.text().read("t", none, bytes("{\"a\":1}")).asText()).isEqualTo("{\"a\":1}");
        assertThat(EventPayload.text().read("t", none, notUtf8).asText()).isEqualTo("base64:/wE=");
        assertThat(custom.read("t", none, notJson).get("text").asText()).isEqualTo("CARRIER=DRONE");
        assertThat(custom.read("t", none, notUtf8).asText()).startsWith("(not deserializable by ")
                .contains("not mine").endsWith("base64:/wE=");
    }

    @Test
    void aTombstoneIsNull() {
        ConsumerRecord<byte[], byte[]> tombstone = new ConsumerRecord<>("t", 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0,
                bytes("k"), null, new RecordHeaders(), Optional.empty());

        assertThat(EventDocuments.of(List.of("t"), List.of(tombstone), RoutingHeaders.defaults(), json())
                .at("/t/0/value").isNull()).isTrue();
    }

    private static Function<ConsumerRecord<byte[], byte[]>, JsonNode> json() {
        return record -> EventPayload.json().read(record.topic(), record.headers(), record.value());
    }

    private static ConsumerRecord<byte[], byte[]> record(String topic, int partition, long offset, String key, String value) {
        return new ConsumerRecord<>(topic, partition, offset, 0L, TimestampType.CREATE_TIME, 0, 0,
                key == null ? null : bytes(key), bytes(value), new RecordHeaders(), Optional.empty());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
