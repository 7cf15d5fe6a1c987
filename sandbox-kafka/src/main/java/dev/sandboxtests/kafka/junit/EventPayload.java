package dev.sandboxtests.kafka.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * How an event SmartTest reads the values of the records it compares, so that smart-diff compares them
 * field by field: as JSON ({@link #json()}, the default), as text ({@link #text()}), or through your
 * deserializer for Avro, Protobuf or any binary format, with a conversion of what it returns to JSON.
 *
 * <pre>{@code
 * EventPayload protobuf = EventPayload.deserializedBy(new ShipmentDeserializer(),
 *         shipment -> JsonFormat.printer().print(shipment));                 // paths like /carrier
 * EventPayload avro = EventPayload.deserializedBy(avroDeserializer, GenericRecord::toString);   // Avro's JSON
 * }</pre>
 *
 * <p>A value that cannot be read this way (not JSON for {@link #json()}, a deserializer that throws) is
 * compared as a text that says so, so that a side that produces something unreadable shows up as a change
 * rather than stopping the test. A record without a value (a tombstone) is JSON {@code null}.
 */
@FunctionalInterface
public interface EventPayload {

    /**
     * The value as JSON.
     *
     * @param topic   the record's topic
     * @param headers the record's headers
     * @param value   the value's bytes, never null
     */
    JsonNode read(String topic, Headers headers, byte[] value);

    /** JSON values as JSON; a value that is not JSON is compared as its text. */
    static EventPayload json() {
        return (topic, headers, value) -> {
            try {
                JsonNode node = EventJson.MAPPER.readTree(value);
                return node == null || node.isMissingNode() ? EventJson.text(value) : node;
            } catch (IOException notJson) {
                return EventJson.text(value);
            }
        };
    }

    /** Every value as one text (UTF-8), compared as a whole. */
    static EventPayload text() {
        return (topic, headers, value) -> EventJson.text(value);
    }

    /**
     * Values read by {@code deserializer} (Avro, Protobuf, your own format), then turned into JSON text by
     * {@code toJson}, e.g. protobuf's {@code JsonFormat.printer()::print} or Avro's {@code GenericRecord::toString}.
     */
    static <T> EventPayload deserializedBy(Deserializer<T> deserializer, ToJson<T> toJson) {
        Objects.requireNonNull(deserializer, "deserializer");
        Objects.requireNonNull(toJson, "toJson");
        return (topic, headers, value) -> {
            T object;
            try {
                object = deserializer.deserialize(topic, headers, value);
            } catch (RuntimeException e) {
                return JsonNodeFactory.instance.textNode("(not deserializable by " + deserializer.getClass().getSimpleName()
                        + ": " + e.getMessage() + ") " + EventJson.printable(value));
            }
            try {
                return EventJson.MAPPER.readTree(toJson.toJson(object));
            } catch (Exception e) {
                throw new IllegalStateException("Could not turn the value of a record of '" + topic + "' into JSON: " + e, e);
            }
        };
    }

    /**
     * Turns what a deserializer returned into JSON text.
     *
     * @param <T> what the deserializer returns
     */
    @FunctionalInterface
    interface ToJson<T> {
        /** @return JSON text for {@code value} */
        String toJson(T value) throws Exception;
    }
}
