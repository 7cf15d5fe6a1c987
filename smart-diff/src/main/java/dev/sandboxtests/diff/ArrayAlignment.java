package dev.sandboxtests.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which element of a baseline array is compared with which element of the fork array.
 * Pairs with a missing side become ADDED or REMOVED differences.
 *
 * <p>Kept behind this small interface because matching by index is only the first cut: one inserted
 * element shifts every later index. A sequence diff (and keyed or unordered arrays) will replace it
 * without touching the tree walk.
 */
interface ArrayAlignment {

    /** Pairs the elements in order, returning pairs in the order they should be reported. */
    List<NodePair> align(PointerPath path, JsonNode baseline, JsonNode fork);

    /** Element {@code i} with element {@code i}; extra elements on either side stand alone. */
    ArrayAlignment BY_INDEX = (path, baseline, fork) -> {
        int size = Math.max(baseline.size(), fork.size());
        List<NodePair> pairs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            // path(i) is a MissingNode past the end of the array.
            pairs.add(new NodePair(path.index(i), baseline.path(i), fork.path(i), "element"));
        }
        return pairs;
    };
}
