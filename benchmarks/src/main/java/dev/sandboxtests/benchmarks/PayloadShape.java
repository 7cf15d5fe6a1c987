package dev.sandboxtests.benchmarks;

import java.util.List;

/**
 * What a generated baseline/fork pair looks like, so tests and checks know what a correct diff reports.
 *
 * @param itemCount    how many items the {@code items} array has, on both sides
 * @param changedItems the baseline indices of the items whose {@link CatalogItem#CHANGED_FIELD} the fork
 *                     changed, ascending
 * @param shuffled     whether the fork lists the items in a different order than the baseline
 */
public record PayloadShape(int itemCount, List<Integer> changedItems, boolean shuffled) {

    public PayloadShape {
        changedItems = List.copyOf(changedItems);
    }

    /** @return the JSON Pointers a correct ordered diff reports, one per changed item */
    public List<String> changedPaths() {
        return changedItems.stream().map(index -> "/items/" + index + "/" + CatalogItem.CHANGED_FIELD).toList();
    }
}
