package dev.sandboxtests.diff.reading;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sandboxtests.diff.DiffException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one Jackson configuration smart-diff reads and writes JSON with.
 *
 * <ul>
 *   <li>Numbers are exact: floats become {@code BigDecimal} with their scale kept ({@code 1.0} and
 *       {@code 1.00} stay different), integers become {@code BigInteger}, so huge numbers are not
 *       rounded into equality.</li>
 *   <li>Duplicate keys and trailing content are errors: either would make "the" value ambiguous.</li>
 *   <li>Nesting and string limits are raised far above Jackson's defaults, because a test must be
 *       able to compare whatever the service returns; the comparison itself never recurses.</li>
 * </ul>
 */
public final class JsonReading {

    /** The deepest nesting Jackson accepts here: far above its default (see the class comment). */
    public static final int MAX_NESTING_DEPTH = 200_000;
    static final int MAX_STRING_LENGTH = 100 * 1024 * 1024;

    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .streamWriteConstraints(StreamWriteConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * The same rules without Jackson's duplicate-key detection, which costs a hash set per object:
     * {@link JsonTapeReader} detects duplicate keys itself, with the field ids it has anyway.
     */
    static final JsonFactory TAPE_FACTORY = FACTORY.rebuild()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JsonReading() {
    }

    /**
     * Reads a whole body as a Jackson tree, for the rare difference that needs it whole (a body that
     * is JSON on one side only); the comparison itself reads bodies as {@link JsonTape}s.
     *
     * @param body a body classified as {@link BodyKind#JSON}
     * @param side "baseline" or "fork", for the error message
     * @throws DiffException when the body is not valid JSON
     */
    public static JsonNode parse(ClassifiedBody body, String side) {
        byte[] bytes = body.bytes();
        int from = body.jsonStart();
        try {
            return MAPPER.readTree(bytes, from, bytes.length - from);
        } catch (JsonProcessingException invalid) {
            throw invalid(invalid, body, side);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** The exception for a body Jackson refused, saying where in characters, why, and what to do. */
    static DiffException invalid(JsonProcessingException invalid, ClassifiedBody body, String side) {
        return invalid(invalid.getOriginalMessage(), invalid.getLocation(), body, side, invalid);
    }

    /**
     * @param problem  what is wrong, e.g. Jackson's message
     * @param location where, as the byte parser reports it (byte offsets from the start of the JSON
     *                 text); turned into the line, column and character offset a reader of the text
     *                 sees
     */
    static DiffException invalid(String problem, JsonLocation location, ClassifiedBody body, String side,
                                 Throwable cause) {
        StringBuilder message = new StringBuilder("The ").append(side).append(" body is not valid JSON: ")
                .append(problem);
        if (location != null && location.getByteOffset() >= 0) {
            int from = body.jsonStart();
            long[] position = Utf8.textPosition(body.bytes(), from, (int) Math.min(Integer.MAX_VALUE,
                    from + location.getByteOffset()));
            message.append(" (at line ").append(position[0])
                    .append(", column ").append(position[1])
                    .append(", character offset ").append(position[2]).append(')');
        } else if (location != null) {
            message.append(" (at line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr()).append(')');
        }
        message.append(". It was read as JSON because ").append(body.why()).append(". ");
        if (problem != null && problem.startsWith("Duplicate field")) {
            message.append("A key that appears twice in one object makes its value ambiguous, so the body cannot"
                    + " be compared; fix the service so each key appears once.");
        } else {
            message.append("Declare the body as text/plain (or its real content type) or fix the service.");
        }
        return new DiffException(message.toString(), cause);
    }
}
