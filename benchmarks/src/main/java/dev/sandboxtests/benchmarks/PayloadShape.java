package dev.sandboxtests.benchmarks;

import java.util.List;

/**
 * What a generated baseline/fork pair looks like, so tests and checks know what a correct diff reports.
 *
 * @param itemCount    how many items the {@code items} array has, on both sides
 * @param changedItems the baseline indices of the items the fork changed (in one field each), ascending
 * @param shuffled     whether the fork lists the items in a different order than the baseline
 * @param kind         what the items look like, and so which field each changed item differs in
 */
public record PayloadShape(int itemCount, List<Integer> changedItems, boolean shuffled, ItemKind kind) {

    public PayloadShape {
        changedItems = List.copyOf(changedItems);
    }

    /** A shape of {@link ItemKind#CATALOG} items. */
    public PayloadShape(int itemCount, List<Integer> changedItems, boolean shuffled) {
        this(itemCount, changedItems, shuffled, ItemKind.CATALOG);
    }

    /** @return the JSON Pointers a correct ordered diff reports, one per changed item */
    public List<String> changedPaths() {
        return changedItems.stream().map(index -> "/items/" + index + "/" + kind.changedField(index)).toList();
    }
}
