package dev.sandboxtests.diff.alignment;

import dev.sandboxtests.diff.ArrayMode;
import dev.sandboxtests.diff.reading.FieldNames;
import dev.sandboxtests.diff.reading.JsonTape;
import dev.sandboxtests.diff.reading.PointerPath;

/**
 * The key of a keyed array as a path inside an element ({@code /sku/code}; a plain field name
 * {@code id} is {@code /id}), resolved against a comparison's {@link FieldNames} once per array.
 */
final class KeyPath {

    private final int[] fieldIds;
    private final int[] indexes;

    private KeyPath(int[] fieldIds, int[] indexes) {
        this.fieldIds = fieldIds;
        this.indexes = indexes;
    }

    /** @param pointer an RFC 6901 pointer, as {@link ArrayMode#keyPointer()} gives it */
    static KeyPath parse(String pointer, FieldNames names) {
        String[] segments = pointer.substring(1).split("/", -1);
        int[] fieldIds = new int[segments.length];
        int[] indexes = new int[segments.length];
        for (int s = 0; s < segments.length; s++) {
            String segment = PointerPath.unescape(segments[s]);
            fieldIds[s] = names.find(segment);
            indexes[s] = segment.matches("0|[1-9][0-9]{0,8}") ? Integer.parseInt(segment) : -1;
        }
        return new KeyPath(fieldIds, indexes);
    }

    /** The node the key path leads to inside {@code element}, or -1 when it has no such value. */
    int locate(JsonTape tape, int element) {
        int node = element;
        for (int s = 0; s < fieldIds.length; s++) {
            int kind = tape.kind(node);
            if (kind == JsonTape.OBJECT && fieldIds[s] >= 0) {
                node = tape.field(node, fieldIds[s]);
            } else if (kind == JsonTape.ARRAY && indexes[s] >= 0) {
                node = tape.element(node, indexes[s]);
            } else {
                return -1;
            }
            if (node < 0) {
                return -1;
            }
        }
        return node;
    }
}
