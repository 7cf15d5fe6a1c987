package dev.sandboxtests.benchmarks;

import java.io.IOException;

/**
 * What the items of a generated listing look like, and which field a changed item differs in.
 *
 * <pre>{@code
 * DocumentPair pair = ApiPayloads.ordered(ItemKind.MIXED_CHANGES, DocumentSize.SMALL, Differing.ALL);
 * pair.shape().changedPaths();  // ["/items/0/note", "/items/1/updatedAt", "/items/2/correlationId", ...]
 * }</pre>
 */
public enum ItemKind {

    /** {@link CatalogItem}: about 650 bytes, a changed item's {@code price} goes up by 1.50 (issue 3). */
    CATALOG,
    /**
     * {@link MixedChangeItem}: about 450 bytes of an order, a changed item differs in one field that is
     * in turn a string, an ISO timestamp, a UUID, a tag or a number (issue 14).
     */
    MIXED_CHANGES;

    /** Writes item {@code index}, changed or as in the baseline. */
    void write(Appendable out, long seed, int index, boolean changed) throws IOException {
        if (this == CATALOG) {
            CatalogItem.write(out, seed, index, changed);
        } else {
            MixedChangeItem.write(out, seed, index, changed);
        }
    }

    /** The field a changed item {@code index} differs in, as a JSON Pointer relative to the item. */
    String changedField(int index) {
        return this == CATALOG ? CatalogItem.CHANGED_FIELD : MixedChangeItem.changedField(index);
    }
}
