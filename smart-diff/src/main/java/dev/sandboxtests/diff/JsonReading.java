package dev.sandboxtests.diff;

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
final class JsonReading {

    static final int MAX_NESTING_DEPTH = 200_000;
    static final int MAX_STRING_LENGTH = 100 * 1024 * 1024;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .streamWriteConstraints(StreamWriteConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
     * @param body a body classified as {@link BodyKind#JSON}
     * @param side "baseline" or "fork", for the error message
     * @throws DiffException when the body is not valid JSON
     */
    static JsonNode parse(ClassifiedBody body, String side) {
        try {
            return MAPPER.readTree(body.text());
        } catch (JsonProcessingException invalid) {
            throw new DiffException(message(invalid, body, side), invalid);
        }
    }

    private static String message(JsonProcessingException invalid, ClassifiedBody body, String side) {
        String problem = invalid.getOriginalMessage();
        StringBuilder message = new StringBuilder("The ").append(side).append(" body is not valid JSON: ")
                .append(problem);
        JsonLocation location = invalid.getLocation();
        if (location != null) {
            message.append(" (at line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr())
                    .append(", character offset ").append(location.getCharOffset()).append(')');
        }
        message.append(". It was read as JSON because ").append(body.why()).append(". ");
        if (problem != null && problem.startsWith("Duplicate field")) {
            message.append("A key that appears twice in one object makes its value ambiguous, so the body cannot"
                    + " be compared; fix the service so each key appears once.");
        } else {
            message.append("Declare the body as text/plain (or its real content type) or fix the service.");
        }
        return message.toString();
    }
}
