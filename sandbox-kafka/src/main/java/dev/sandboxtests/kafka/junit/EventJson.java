package dev.sandboxtests.kafka.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** JSON for event captures: one mapper, bytes as text. */
final class EventJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    static JsonNode text(byte[] value) {
        return JsonNodeFactory.instance.textNode(printable(value));
    }

    /** The bytes as UTF-8 text, or {@code base64:…} when they are not UTF-8. */
    static String printable(byte[] value) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return "base64:" + Base64.getEncoder().encodeToString(value);
        }
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write events as JSON: " + e.getMessage(), e);
        }
    }
}
