package dev.sandboxtests.diff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sandboxtests.diff.rendering.BoundedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Difference values as compact text, token by token so that neither a huge nor a deeply nested value
 * costs more than the limit or any stack.
 */
final class JsonValues {

    /**
     * A value's compact text, cut at the limit.
     *
     * @param text     at most {@code limit} characters of compact JSON
     * @param complete whether {@code text} is the whole value
     * @param depth    the deepest nesting seen (of the whole value when complete)
     */
    record Compact(String text, boolean complete, int depth) {
    }

    private JsonValues() {
    }

    static Compact compact(JsonNode node, int limit) {
        BoundedWriter out = new BoundedWriter(limit);
        int depth = 0;
        int deepest = 0;
        try (JsonParser parser = node.traverse(); JsonGenerator generator = ReportJson.FACTORY.createGenerator(out)) {
            // Otherwise closing the generator after an early stop would append the missing brackets.
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            JsonToken token;
            while (!out.isTruncated() && (token = parser.nextToken()) != null) {
                if (token.isStructStart()) {
                    deepest = Math.max(deepest, ++depth);
                } else if (token.isStructEnd()) {
                    depth--;
                }
                ReportJson.copyToken(parser, generator);
                generator.flush(); // so that isTruncated() sees what the generator buffered
            }
            boolean complete = !out.isTruncated() && parser.nextToken() == null;
            return new Compact(out.toString(), complete, deepest);
        } catch (IOException impossible) {
            // A tree in memory cannot fail to be read, and a BoundedWriter cannot fail to write.
            throw new UncheckedIOException(impossible);
        }
    }

    /** Writes the value to {@code generator}; the caller has checked that it is small and shallow. */
    static void copy(JsonNode node, JsonGenerator generator) throws IOException {
        try (JsonParser parser = node.traverse()) {
            while (parser.nextToken() != null) {
                ReportJson.copyToken(parser, generator);
            }
        }
    }
}
