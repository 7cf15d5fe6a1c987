package dev.sandboxtests.diff.alignment;

import static dev.sandboxtests.diff.alignment.SparseDocuments.childByChild;
import static dev.sandboxtests.diff.alignment.SparseDocuments.defaultItem;
import static dev.sandboxtests.diff.alignment.SparseDocuments.item;
import static dev.sandboxtests.diff.alignment.SparseDocuments.payload;
import static dev.sandboxtests.diff.alignment.SparseDocuments.triesChildByChild;
import static dev.sandboxtests.diff.alignment.SparseDocuments.whole;
import static dev.sandboxtests.diff.alignment.SparseDocuments.withShortcuts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;

import dev.sandboxtests.diff.DiffException;
import dev.sandboxtests.diff.Difference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * {@link ChangedChildren}: changes far apart in a long array are found by reading only the changed
 * children of the fork, with exactly the differences of reading both bodies whole, and every case it
 * cannot vouch for is left to the whole read.
 */
class ChangedChildrenTest {

    private static final int ITEMS = 40;

    private static List<String> items() {
        return new ArrayList<>(IntStream.range(0, ITEMS).mapToObj(SparseDocuments::defaultItem).toList());
    }

    private static String baseline() {
        return payload(items());
    }

    private static String forkWith(int index, UnaryOperator<String> change) {
        List<String> items = items();
        items.set(index, change.apply(items.get(index)));
        return payload(items);
    }

    /** The baseline with text {@code from} replaced by {@code to} in two items. */
    private static String forkWith(int first, String from, String to, int second, String secondFrom, String secondTo) {
        List<String> items = items();
        items.set(first, items.get(first).replace(from, to));
        items.set(second, items.get(second).replace(secondFrom, secondTo));
        return payload(items);
    }

    private static List<String> paths(List<Difference> differences) {
        return differences.stream().map(d -> d.operation() + " " + d.path()).toList();
    }

    /** The child-by-child path is taken and agrees with the whole read and with every shortcut. */
    private static List<Difference> assertReadChildByChild(String baseline, String fork, boolean numbersByValue) {
        List<Difference> expected = whole(baseline, fork, numbersByValue);
        assertThat(childByChild(baseline, fork, numbersByValue)).as("child by child").isEqualTo(expected);
        assertThat(withShortcuts(baseline, fork, numbersByValue)).as("with shortcuts").isEqualTo(expected);
        return expected;
    }

    /** The child-by-child path declines, and the shortcuts still give what the whole read gives. */
    private static List<Difference> assertFallsBack(String baseline, String fork) {
        List<Difference> expected = whole(baseline, fork, false);
        assertThat(withShortcuts(baseline, fork, false)).as("with shortcuts").isEqualTo(expected);
        assertThat(childByChild(baseline, fork, false)).as("child by child").isNull();
        return expected;
    }

    @Test
    void severalChangesFarApartAreEachFoundInTheirElement() {
        List<String> items = items();
        items.set(3, items.get(3).replace("\"PAID\"", "\"SHIPPED\""));
        items.set(20, item(20, "PAID", 9, "note 20"));
        items.set(37, items.get(37).replace("note 37", "note 37!"));
        String fork = payload(items);
        assertThat(ChangedRegion.of(SparseDocuments.body(baseline(), "baseline"), SparseDocuments.body(fork, "fork"))
                .narrow()).as("the common prefix and suffix cover half").isFalse();
        assertThat(triesChildByChild(baseline(), fork)).as("tried").isTrue();

        List<Difference> differences = assertReadChildByChild(baseline(), fork, false);

        assertThat(paths(differences)).containsExactly("CHANGED /items/3/status", "CHANGED /items/20/quantity",
                "CHANGED /items/20/lines/0/qty", "CHANGED /items/37/note");
    }

    @Test
    void twoChangesNearTheMiddleAreReadChildByChildThoughTheCommonBytesCoverHalf() {
        // As in issue 14's 75 KB document: the one container around both changes is the whole array.
        String fork = forkWith(12, "PAID", "HELD", 28, "note 28", "note twenty-eight");
        assertThat(ChangedRegion.of(SparseDocuments.body(baseline(), "baseline"), SparseDocuments.body(fork, "fork"))
                .narrow()).as("the common prefix and suffix cover half").isTrue();
        assertThat(triesChildByChild(baseline(), fork)).as("tried").isTrue();

        assertThat(paths(assertReadChildByChild(baseline(), fork, false)))
                .containsExactly("CHANGED /items/12/status", "CHANGED /items/28/note");
    }

    @Test
    void elementsThatGrowAndShrinkShiftTheOnesAfterThem() {
        List<String> items = items();
        items.set(2, items.get(2).replace("note 2", "a much longer note than there was before"));
        items.set(19, items.get(19).replace("\"customer\":{\"id\":\"c-133\",", "\"customer\":{"));
        items.set(36, items.get(36).replace("PAID", "HELD"));
        String fork = payload(items);

        List<Difference> differences = assertReadChildByChild(baseline(), fork, false);

        assertThat(paths(differences)).containsExactly("CHANGED /items/2/note", "REMOVED /items/19/customer/id",
                "CHANGED /items/36/status");
    }

    @Test
    void anInsertedElementIsLeftToTheWholeReadAndReportedAsAdded() {
        assertThat(countChanged(items -> items.add(30, defaultItem(99))))
                .containsExactly("CHANGED /items/2/status", "ADDED /items/30");
    }

    @Test
    void aRemovedElementIsLeftToTheWholeReadAndReportedAsRemoved() {
        assertThat(countChanged(items -> items.remove(30))).containsExactly("CHANGED /items/2/status", "REMOVED /items/30");
    }

    /**
     * The differences of an array with one element changed and one inserted or removed (with nothing
     * after the array, so that it is the container around every change).
     */
    private static List<String> countChanged(java.util.function.Consumer<List<String>> insertOrRemove) {
        List<String> items = items();
        items.set(2, items.get(2).replace("PAID", "HELD"));
        insertOrRemove.accept(items);
        return paths(assertFallsBack("{\"items\":[" + String.join(",", items()) + "]}",
                "{\"items\":[" + String.join(",", items) + "]}"));
    }

    @Test
    void aChangeInAContainerNestedInAnElementHasItsFullPath() {
        String fork = forkWith(5, "\"qty\":2", "\"qty\":2,\"gift\":true", 24, "\"t0\",\"t4\"]", "\"t0\",\"t4\",\"t9\"]");

        List<Difference> differences = assertReadChildByChild(baseline(), fork, false);

        assertThat(paths(differences)).containsExactly("ADDED /items/5/lines/0/gift", "ADDED /items/24/tags/2");
    }

    @Test
    void stringsWithDelimitersAndEscapesAreReadAsStrings() {
        String fork = forkWith(4, "note 4", "a, b] c} \\\"quoted\\\" \\\\ caf\\u00e9", 33, "note 33", "note 33\\n],{\\\"");

        List<Difference> differences = assertReadChildByChild(baseline(), fork, false);

        assertThat(paths(differences)).containsExactly("CHANGED /items/4/note", "CHANGED /items/33/note");
        assertThat(differences.get(0).fork().textValue()).isEqualTo("a, b] c} \"quoted\" \\ café");
        assertThat(differences.get(1).fork().textValue()).isEqualTo("note 33\n],{\"");
    }

    @Test
    void aStringWrittenWithAnEscapeIsTheSameString() {
        String fork = forkWith(4, "note 4", "not\\u0065 4", 33, "PAID", "P\\u0041ID");

        assertThat(assertReadChildByChild(baseline(), fork, false)).isEmpty();
    }

    @Test
    void numbersEqualByValueDifferOnlyWhenComparedAsWritten() {
        String fork = forkWith(1, "\"amount\":3.50", "\"amount\":3.500", 30, "\"amount\":90.50", "\"amount\":9.0500E1");

        assertThat(assertReadChildByChild(baseline(), fork, true)).isEmpty();
        assertThat(paths(assertReadChildByChild(baseline(), fork, false)))
                .containsExactly("CHANGED /items/1/amount", "CHANGED /items/30/amount");
    }

    @Test
    void aPrettyPrintedForkOfACompactBaselineIsLeftToTheWholeRead() {
        String fork = forkWith(30, item -> item.replace("PAID", "HELD"))
                .replace(",\"", ",\n    \"").replace("{", "{\n  ").replace("}", "\n}");

        assertThat(paths(assertFallsBack(baseline(), fork))).containsExactly("CHANGED /items/30/status");
    }

    @Test
    void elementsFormattedDifferentlyButEqualAreNoDifference() {
        List<String> items = items();
        items.set(6, items.get(6).replace(",\"", ", \"").replace("\":", "\": "));
        items.set(31, items.get(31).replace("{", "{\n  "));
        String fork = payload(items);

        assertThat(assertReadChildByChild(baseline(), fork, false)).isEmpty();
    }

    @Test
    void anInvalidForkGetsTheMessageOfTheWholeRead() {
        String fork = forkWith(33, item -> item.replace("\"PAID\"", "\"PAID\",")).replace("note 3\"", "note 3!\"");
        assertThat(triesChildByChild(baseline(), fork)).as("tried").isTrue();

        assertErrorOfTheWholeRead(baseline(), fork).hasMessageStartingWith("The fork body is not valid JSON");
    }

    @Test
    void aDuplicateKeyInAChangedElementGetsTheMessageOfTheWholeRead() {
        String fork = forkWith(33, item -> item.replace("\"status\":", "\"quantity\":0,\"status\":"))
                .replace("note 3\"", "note 3!\"");

        assertErrorOfTheWholeRead(baseline(), fork).hasMessageContaining("Duplicate field 'quantity'");
    }

    @Test
    void anElementNestedBeyondTheLimitOnlyInPlaceGetsTheErrorOfTheWholeRead() {
        // Read on its own, the changed element is within Jackson's nesting limit; in place it is one too deep.
        int depth = dev.sandboxtests.diff.reading.JsonReading.MAX_NESTING_DEPTH - 3; // root, items, element
        String deep = "[".repeat(depth) + "]".repeat(depth);
        List<String> items = items();
        items.set(20, "{\"deep\":" + deep + "}");
        String baseline = payload(items);
        items.set(3, items.get(3).replace("PAID", "HELD"));
        items.set(20, "{\"deep\":[" + deep + "]}");
        String fork = payload(items);

        assertErrorOfTheWholeRead(baseline, fork).hasMessageContaining("nesting depth");
    }

    @Test
    void anElementNestedBeyondTheLimitOnlyInPlaceGetsTheErrorOfTheWholeReadWhenItIsTheOnlyChange() {
        int depth = dev.sandboxtests.diff.reading.JsonReading.MAX_NESTING_DEPTH - 3;
        String deep = "[".repeat(depth) + "]".repeat(depth);
        List<String> items = items();
        items.set(20, "{\"deep\":" + deep + "}");
        String baseline = payload(items);
        items.set(20, "{\"deep\":[" + deep + "]}");
        String fork = payload(items);

        assertErrorOfTheWholeRead(baseline, fork).hasMessageContaining("nesting depth");
    }

    /** Every path declines the fork with the error message of the whole read. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertErrorOfTheWholeRead(String baseline,
                                                                                           String fork) {
        String expected;
        try {
            whole(baseline, fork, false);
            throw new AssertionError("the whole read accepted the fork");
        } catch (DiffException invalid) {
            expected = invalid.getMessage();
        }
        assertThat(childByChild(baseline, fork, false)).as("child by child").isNull();
        return assertThatThrownBy(() -> withShortcuts(baseline, fork, false)).isInstanceOf(DiffException.class)
                .hasMessage(expected);
    }

    @Test
    void aChangedScalarBetweenChangedContainersIsLeftToTheWholeRead() {
        String fork = forkWith(3, item -> item.replace("PAID", "HELD")).replace("\"total\":40", "\"total\":41");

        assertThat(paths(assertFallsBack(baseline(), fork))).containsExactly("CHANGED /items/3/status", "CHANGED /total");
    }

    @Test
    void aFieldAddedRightAfterTheChangedArrayIsFound() {
        // The common suffix starts at the array's end, so the array encloses every changed byte.
        String baseline = "{\"items\":[" + String.join(",", items()) + "]}";
        List<String> items = items();
        items.set(3, items.get(3).replace("PAID", "HELD"));
        items.set(37, items.get(37).replace("PAID", "HELD"));
        String fork = "{\"items\":[" + String.join(",", items) + "],\"added\":true}";

        assertThat(paths(assertFallsBack(baseline, fork)))
                .containsExactly("CHANGED /items/3/status", "CHANGED /items/37/status", "ADDED /added");
    }

    @Test
    void fieldsOfAnObjectFarApartAreComparedOneByOne() {
        String[] pair = ordersByName(38, "PAID", "LOST");

        assertThat(paths(assertReadChildByChild(pair[0], pair[1], false)))
                .containsExactly("CHANGED /order1/status", "CHANGED /order38/status");
    }

    @Test
    void aRenamedFieldIsLeftToTheWholeRead() {
        String[] pair = ordersByName(38, "\"order38\"", "\"order99\"");

        assertThat(paths(assertFallsBack(pair[0], pair[1])))
                .containsExactly("CHANGED /order1/status", "REMOVED /order38", "ADDED /order99");
    }

    /**
     * An object of orders by name ({@code "order0": {…}}), and the same with order 1's status changed
     * and {@code from} replaced by {@code to} in the field of order {@code index}.
     */
    private static String[] ordersByName(int index, String from, String to) {
        List<String> fields = IntStream.range(0, ITEMS).mapToObj(i -> "\"order" + i + "\":" + defaultItem(i)).toList();
        List<String> changed = new ArrayList<>(fields);
        changed.set(1, changed.get(1).replace("PAID", "HELD"));
        changed.set(index, changed.get(index).replace(from, to));
        return new String[] {"{" + String.join(",", fields) + "}", "{" + String.join(",", changed) + "}"};
    }

    @Test
    void elementsMovedToOtherPlacesAreLeftToTheAlignment() {
        // Three elements far apart trade places. Their hashes are anchors the alignment may choose (here
        // it pairs them by index after all), so it must decide.
        List<String> items = items();
        items.set(10, defaultItem(20));
        items.set(20, defaultItem(30));
        items.set(30, defaultItem(10));

        assertFallsBack(baseline(), payload(items));
    }

    @Test
    void neighboursThatBothChangeAreLeftToTheAlignment() {
        // Swapped elements, both changed: the alignment pairs them by their ids, crosswise.
        List<String> items = items();
        items.set(10, defaultItem(11).replace("PAID", "HELD"));
        items.set(11, defaultItem(10).replace("PAID", "HELD"));

        List<Difference> differences = assertFallsBack(baseline(), payload(items));

        assertThat(paths(differences)).as("not paired by index")
                .containsExactly("REMOVED /items/10", "CHANGED /items/10/status", "ADDED /items/11");
    }

    @Test
    void equalElementsBetweenChangedOnesAreLeftToTheAlignment() {
        // Equal elements are no anchors, so two changed elements with them in between are paired by id,
        // crosswise, as neighbours would be.
        List<String> items = items();
        items.set(19, "{\"kind\":\"separator\"}");
        items.set(20, "{\"kind\":\"separator\"}");
        List<String> changed = new ArrayList<>(items);
        changed.set(18, defaultItem(21).replace("PAID", "HELD"));
        changed.set(21, defaultItem(18).replace("PAID", "HELD"));

        List<Difference> differences = assertFallsBack(payload(items), payload(changed));

        assertThat(paths(differences)).as("not paired by index").contains("ADDED /items/18");
    }

    @Test
    void oneChangedElementAmongEqualOnesIsComparedAtItsIndex() {
        List<String> items = IntStream.range(0, ITEMS).mapToObj(i -> defaultItem(i % 20)).toList();
        List<String> changed = new ArrayList<>(items);
        changed.set(3, changed.get(3).replace("PAID", "HELD"));
        changed.set(36, changed.get(36).replace("note 16", "note\\u002016"));

        assertThat(paths(assertReadChildByChild(payload(items), payload(changed), false)))
                .containsExactly("CHANGED /items/3/status");
    }
}
