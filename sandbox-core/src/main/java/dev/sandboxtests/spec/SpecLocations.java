package dev.sandboxtests.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a field of a spec's YAML starts. Jackson reports a problem it finds while binding a
 * record (an unknown field, a value its constructor rejects) where the enclosing mapping ends, which
 * can be lines later or past the end of the file; the problem's path leads back to its own line.
 */
final class SpecLocations {

    private SpecLocations() {
    }

    /** Where the field or list element at {@code path} starts in {@code yaml}, if it is there. */
    static Optional<JsonLocation> find(ObjectMapper mapper, String yaml, List<JsonMappingException.Reference> path) {
        String wanted = pointer(path).toString();
        try (JsonParser parser = mapper.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                // A structure's own context is the one it opens; its slot is in the parent's.
                JsonStreamContext slot = token.isStructStart() ? parser.getParsingContext().getParent()
                        : parser.getParsingContext();
                if (!token.isStructEnd() && slot != null && wanted.equals(slot.pathAsPointer().toString())) {
                    return Optional.of(parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // Unreadable before the path: the caller keeps the location Jackson gave.
        }
        return Optional.empty();
    }

    private static JsonPointer pointer(List<JsonMappingException.Reference> path) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference ref : path) {
            pointer = ref.getFieldName() != null ? pointer.appendProperty(ref.getFieldName())
                    : pointer.appendIndex(Math.max(ref.getIndex(), 0));
        }
        return pointer;
    }
}
