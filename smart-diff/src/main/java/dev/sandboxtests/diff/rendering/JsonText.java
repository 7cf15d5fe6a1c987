package dev.sandboxtests.diff.rendering;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sandboxtests.diff.reading.JsonReading;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes JSON as text without recursion and with a size limit: token by token from a parser to a
 * generator. {@code JsonNode.toString()} is avoided because a huge or deeply nested value must not
 * blow the stack or the message.
 */
public final class JsonText {

    private JsonText() {
    }

    /**
     * One-line rendering of a value, cut at about {@code limit} characters with "…"; an absent value
     * renders as {@code (absent)}.
     */
    public static String compact(JsonNode node, int limit) {
        if (node.isMissingNode()) {
            return "(absent)";
        }
        try (JsonParser parser = node.traverse()) {
            return copy(parser, limit, false);
        } catch (IOException impossible) {
            // A tree in memory cannot fail to be read, and a BoundedWriter cannot fail to write.
            throw new UncheckedIOException(impossible);
        }
    }

    /**
     * Pretty-prints JSON text with Jackson's default pretty printer, cut at about {@code limit}
     * characters with "…".
     *
     * @throws IOException when the text is not valid JSON
     */
    public static String pretty(String json, int limit) throws IOException {
        try (JsonParser parser = JsonReading.FACTORY.createParser(json)) {
            return copy(parser, limit, true);
        }
    }

    private static String copy(JsonParser parser, int limit, boolean pretty) throws IOException {
        BoundedWriter out = new BoundedWriter(limit);
        try (JsonGenerator generator = JsonReading.FACTORY.createGenerator(out)) {
            if (pretty) {
                generator.useDefaultPrettyPrinter();
            }
            // Otherwise closing the generator after an early stop would append closing brackets.
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            while (!out.isFull() && parser.nextToken() != null) {
                // "Exact" keeps 1.00 as 1.00 instead of turning it into the double 1.0.
                generator.copyCurrentEventExact(parser);
                generator.flush(); // so that isFull() sees what the generator has buffered
            }
        }
        boolean more = out.isTruncated() || (parser.currentToken() != null && parser.nextToken() != null);
        return more ? out + "…" : out.toString();
    }
}
