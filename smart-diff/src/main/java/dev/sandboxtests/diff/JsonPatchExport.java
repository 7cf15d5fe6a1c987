package dev.sandboxtests.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sandboxtests.diff.reading.BodyKind;
import dev.sandboxtests.diff.reading.ClassifiedBody;
import dev.sandboxtests.diff.reading.FieldNames;
import dev.sandboxtests.diff.reading.JsonTape;
import dev.sandboxtests.diff.reading.JsonTapeReader;
import dev.sandboxtests.diff.reading.LineRange;
import dev.sandboxtests.diff.reading.PointerPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the body differences of a {@link BehaviorDiff} into an RFC 6902 JSON Patch that, applied to
 * the baseline body, gives the fork body: a portable form of the diff for other tools.
 *
 * <pre>{@code
 * BehaviorDiff diff = SmartDiff.defaults().compare(baseline, fork);
 * ArrayNode patch = JsonPatchExport.toPatch(diff);
 * // [{"op":"remove","path":"/items/3"}, {"op":"replace","path":"/total","value":90}]
 * }</pre>
 *
 * <p>Each difference becomes one operation, in the diff's order: ADDED is {@code add}, REMOVED is
 * {@code remove}, CHANGED and TYPE_CHANGED are {@code replace}; a difference of the whole body (path
 * {@code ""}) is one {@code replace} of the document (with {@code null} when the fork has no body), and
 * so are differences of a text body's lines (with the fork's text as a string).
 * A REMOVED array element is reported at its baseline index, and every other difference at fork
 * indices; since patch operations apply one after the other, the export turns each baseline index
 * into the index the element has when its {@code remove} is applied.
 *
 * <p>The patch is valid for <b>ordered</b> arrays, the default. Unordered and keyed arrays pair
 * elements regardless of position, which an index-based patch cannot express. It is exact for a diff
 * made without ignore rules: a dropped difference is missing from the patch too, and a dropped array
 * insertion or removal shifts the indices of later removals in that array.
 */
public final class JsonPatchExport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonPatchExport() {
    }

    /**
     * @param diff a diff of two captures, made with ordered arrays
     * @return the JSON Patch (an array of operations; empty when the bodies do not differ)
     * @throws DiffException when the fork body is JSON but not valid
     */
    public static ArrayNode toPatch(BehaviorDiff diff) {
        Objects.requireNonNull(diff, "diff");
        List<Difference> body = diff.differences().stream().filter(d -> d.section() == Section.BODY).toList();
        ArrayNode patch = NODES.arrayNode();
        if (body.isEmpty()) {
            return patch;
        }
        for (Difference difference : body) {
            if (difference.path().isEmpty()) {
                JsonNode fork = difference.fork().isMissingNode() ? NullNode.getInstance() : difference.fork();
                patch.add(operation("replace", "", fork));
                return patch;
            }
            if (LineRange.fromPath(difference.path()).isPresent()) {
                // Lines of a text body: a JSON Patch can only replace the document, with the fork's text.
                patch.add(operation("replace", "", TextNode.valueOf(diff.fork().classifiedBody("fork").text())));
                return patch;
            }
        }
        ForkStructure fork = new ForkStructure(diff.fork().classifiedBody("fork"));
        Map<String, Integer> shifts = new HashMap<>();
        for (Difference difference : body) {
            String path = difference.path();
            int slash = path.lastIndexOf('/');
            String parent = path.substring(0, slash);
            boolean inArray = fork.isArray(parent);
            switch (difference.operation()) {
                case ADDED -> {
                    if (inArray) {
                        shifts.merge(parent, 1, Integer::sum);
                    }
                    patch.add(operation("add", path, difference.fork()));
                }
                case REMOVED -> {
                    String target = path;
                    if (inArray) {
                        int shift = shifts.getOrDefault(parent, 0);
                        target = parent + "/" + (Integer.parseInt(path.substring(slash + 1)) + shift);
                        shifts.put(parent, shift - 1);
                    }
                    ObjectNode remove = NODES.objectNode();
                    remove.put("op", "remove");
                    remove.put("path", target);
                    patch.add(remove);
                }
                case CHANGED, TYPE_CHANGED -> patch.add(operation("replace", path, difference.fork()));
            }
        }
        return patch;
    }

    private static ObjectNode operation(String op, String path, JsonNode value) {
        ObjectNode operation = NODES.objectNode();
        operation.put("op", op);
        operation.put("path", path);
        operation.set("value", value);
        return operation;
    }

    /** Which containers of the fork body are arrays, looked up by pointer on a {@link JsonTape}. */
    private static final class ForkStructure {

        private final JsonTape tape;
        private final Map<String, Boolean> arrays = new HashMap<>();

        ForkStructure(ClassifiedBody body) {
            this.tape = body.kind() == BodyKind.JSON
                    ? JsonTapeReader.read(body, "fork", new FieldNames(), false)
                    : null;
        }

        boolean isArray(String pointer) {
            if (tape == null) {
                return false;
            }
            return arrays.computeIfAbsent(pointer, this::locateArray);
        }

        private boolean locateArray(String pointer) {
            int node = 0;
            if (!pointer.isEmpty()) {
                for (String escaped : pointer.substring(1).split("/", -1)) {
                    String segment = PointerPath.unescape(escaped);
                    if (tape.kind(node) == JsonTape.OBJECT) {
                        int key = tape.names().find(segment);
                        node = key < 0 ? -1 : tape.field(node, key);
                    } else if (tape.kind(node) == JsonTape.ARRAY) {
                        node = tape.element(node, Integer.parseInt(segment));
                    } else {
                        node = -1;
                    }
                    if (node < 0) {
                        return false;
                    }
                }
            }
            return tape.kind(node) == JsonTape.ARRAY;
        }
    }
}
