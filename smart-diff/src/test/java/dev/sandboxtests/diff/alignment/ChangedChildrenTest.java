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

import dev.sandboxtests.diff.DiffException;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
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
        List<String> items = items();
        items.set(12, items.get(12).replace("PAID", "HELD"));
        items.set(28, items.get(28).replace("note 28", "note twenty-eight"));
        String fork = payload(items);
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
        List<String> items = items();
        items.set(2, items.get(2).replace("PAID", "HELD"));
        items.add(30, defaultItem(99));
        String fork = payload(items);

        List<Difference> differences = assertFallsBack(baseline(), fork);

        assertThat(paths(differences)).containsExactly("CHANGED /items/2/status", "ADDED /items/30", "CHANGED /total");
    }

    @Test
    void aRemovedElementIsLeftToTheWholeReadAndReportedAsRemoved() {
        List<String> items = items();
        items.set(2, items.get(2).replace("PAID", "HELD"));
        items.remove(30);
        String fork = payload(items);

        List<Difference> differences = assertFallsBack(baseline(), fork);

        assertThat(paths(differences)).containsExactly("CHANGED /items/2/status", "REMOVED /items/30", "CHANGED /total");
    }

    @Test
    void aChangeInAContainerNestedInAnElementHasItsFullPath() {
        List<String> items = items();
        items.set(5, items.get(5).replace("\"qty\":2", "\"qty\":2,\"gift\":true"));
        items.set(24, items.get(24).replace("\"t0\",\"t4\"]", "\"t0\",\"t4\",\"t9\"]"));
        String fork = payload(items);

        List<Difference> differences = assertReadChildByChild(baseline(), fork, false);

        assertThat(paths(differences)).containsExactly("ADDED /items/5/lines/0/gift", "ADDED /items/24/tags/2");
    }

    @Test
    void stringsWithDelimitersAndEscapesAreReadAsStrings() {
        List<String> items = items();
        items.set(4, items.get(4).replace("note 4", "a, b] c} \\\"quoted\\\" \\\\ caf\\u00e9"));
        items.set(33, items.get(33).replace("note 33", "note 33\\n],{\\\""));
        String fork = payload(items);

        List<Difference> differences = assertReadChildByChild(baseline(), fork, false);

        assertThat(paths(differences)).containsExactly("CHANGED /items/4/note", "CHANGED /items/33/note");
        assertThat(differences.get(0).fork().textValue()).isEqualTo("a, b] c} \"quoted\" \\ café");
        assertThat(differences.get(1).fork().textValue()).isEqualTo("note 33\n],{\"");
    }

    @Test
    void aStringWrittenWithAnEscapeIsTheSameString() {
        List<String> items = items();
        items.set(4, items.get(4).replace("note 4", "not\\u0065 4"));
        items.set(33, items.get(33).replace("PAID", "P\\u0041ID"));
        String fork = payload(items);

        assertThat(assertReadChildByChild(baseline(), fork, false)).isEmpty();
    }

    @Test
    void numbersEqualByValueDifferOnlyWhenComparedAsWritten() {
        List<String> items = items();
        items.set(1, items.get(1).replace("\"amount\":3.50", "\"amount\":3.500"));
        items.set(30, items.get(30).replace("\"amount\":90.50", "\"amount\":9.0500E1"));
        String fork = payload(items);

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
        assertThat(childByChild(baseline(), fork, false)).isNull();
        String expected = messageOf(() -> whole(baseline(), fork, false));

        assertThatThrownBy(() -> withShortcuts(baseline(), fork, false))
                .isInstanceOf(DiffException.class)
                .hasMessage(expected)
                .hasMessageStartingWith("The fork body is not valid JSON");
    }

    @Test
    void aDuplicateKeyInAChangedElementGetsTheMessageOfTheWholeRead() {
        String fork = forkWith(33, item -> item.replace("\"status\":", "\"quantity\":0,\"status\":"))
                .replace("note 3\"", "note 3!\"");
        String expected = messageOf(() -> whole(baseline(), fork, false));

        assertThatThrownBy(() -> withShortcuts(baseline(), fork, false))
                .isInstanceOf(DiffException.class)
                .hasMessage(expected)
                .hasMessageContaining("Duplicate field 'quantity'");
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
        String expected = messageOf(() -> whole(baseline, fork, false));

        assertThat(childByChild(baseline, fork, false)).isNull();
        assertThatThrownBy(() -> withShortcuts(baseline, fork, false)).hasMessage(expected)
                .hasMessageContaining("nesting depth");
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
        String expected = messageOf(() -> whole(baseline, fork, false));

        assertThatThrownBy(() -> withShortcuts(baseline, fork, false)).hasMessage(expected)
                .hasMessageContaining("nesting depth");
    }

    private static String messageOf(Runnable comparison) {
        try {
            comparison.run();
        } catch (DiffException expected) {
            return expected.getMessage();
        }
        throw new AssertionError("the whole read accepted the fork");
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
        List<String> fields = IntStream.range(0, ITEMS).mapToObj(i -> "\"order" + i + "\":" + defaultItem(i)).toList();
        List<String> changed = new ArrayList<>(fields);
        changed.set(1, changed.get(1).replace("PAID", "HELD"));
        changed.set(38, changed.get(38).replace("PAID", "LOST"));
        String baseline = "{" + String.join(",", fields) + "}";
        String fork = "{" + String.join(",", changed) + "}";

        List<Difference> differences = assertReadChildByChild(baseline, fork, false);

        assertThat(paths(differences)).containsExactly("CHANGED /order1/status", "CHANGED /order38/status");
    }

    @Test
    void aRenamedFieldIsLeftToTheWholeRead() {
        List<String> fields = IntStream.range(0, ITEMS).mapToObj(i -> "\"order" + i + "\":" + defaultItem(i)).toList();
        List<String> changed = new ArrayList<>(fields);
        changed.set(1, changed.get(1).replace("PAID", "HELD"));
        changed.set(38, changed.get(38).replace("\"order38\"", "\"order99\""));

        assertThat(paths(assertFallsBack("{" + String.join(",", fields) + "}", "{" + String.join(",", changed) + "}")))
                .containsExactly("CHANGED /order1/status", "REMOVED /order38", "ADDED /order99");
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
