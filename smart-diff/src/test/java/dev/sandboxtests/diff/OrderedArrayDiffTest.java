package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Ordered arrays (the default) are diffed as sequences: insertions and deletions are reported as such.
 * That the alignment stays near-linear is checked by its own step count, in
 * {@code alignment.SequenceAlignmentWorkTest}.
 */
class OrderedArrayDiffTest {

    private static List<Difference> diff(String baseline, String fork) {
        return SmartDiff.defaults().compare(Capture.json(200, baseline), Capture.json(200, fork)).differences();
    }

    private static String numbers(IntStream values) {
        return values.mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    }

    private static String items(IntStream ids) {
        return ids.mapToObj(id -> "{\"sku\":\"s" + id + "\",\"qty\":" + (id % 7) + "}")
                .collect(Collectors.joining(",", "{\"items\":[", "]}"));
    }

    @Test
    void anInsertionInTheMiddleOfALongArrayIsOneAddedElement() {
        String baseline = numbers(IntStream.range(0, 1000));
        String fork = numbers(IntStream.concat(IntStream.concat(IntStream.range(0, 500), IntStream.of(-1)),
                IntStream.range(500, 1000)));

        assertThat(diff(baseline, fork)).extracting(Difference::path, Difference::operation, Difference::reason)
                .containsExactly(tuple("/500", Operation.ADDED, "element added in fork"));
    }

    @Test
    void aDeletionInTheMiddleOfALongArrayIsOneRemovedElementAtItsBaselineIndex() {
        String baseline = items(IntStream.range(0, 1000));
        String fork = items(IntStream.range(0, 1000).filter(id -> id != 321));

        assertThat(diff(baseline, fork)).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("/items/321");
            assertThat(d.operation()).isEqualTo(Operation.REMOVED);
            assertThat(d.baseline().get("sku").textValue()).isEqualTo("s321");
            assertThat(d.reason()).isEqualTo("element missing in fork");
        });
    }

    @Test
    void changesInsideElementsAreReportedAtTheForkIndexAfterAnInsertion() {
        List<Difference> differences = diff(
                "[{\"id\":1,\"p\":1},{\"id\":2,\"p\":2},{\"id\":3,\"p\":3}]",
                "[{\"id\":0,\"p\":0},{\"id\":1,\"p\":1},{\"id\":2,\"p\":20},{\"id\":3,\"p\":3}]");

        assertThat(differences).extracting(Difference::path, Difference::operation).containsExactly(
                tuple("/0", Operation.ADDED),
                tuple("/2/p", Operation.CHANGED));
    }

    @Test
    void anElementInsertedNextToAChangedOneIsFoundByItsIdentity() {
        // No element is equal on both sides in the middle, but "id" tells which is which.
        List<Difference> differences = diff(
                "[{\"id\":\"a\",\"v\":1},{\"id\":\"b\",\"v\":1},{\"id\":\"c\",\"v\":1}]",
                "[{\"id\":\"a\",\"v\":2},{\"id\":\"new\",\"v\":0},{\"id\":\"b\",\"v\":2},{\"id\":\"c\",\"v\":1}]");

        assertThat(differences).extracting(Difference::path, Difference::operation).containsExactly(
                tuple("/0/v", Operation.CHANGED),
                tuple("/1", Operation.ADDED),
                tuple("/2/v", Operation.CHANGED));
    }

    @Test
    void aReplacedStretchIsComparedElementByElementWithTheSurplusAddedOrRemoved() {
        assertThat(diff("[0,1,2,3,9]", "[0,5,6,9]")).extracting(Difference::path, Difference::operation)
                .containsExactly(
                        tuple("/1", Operation.CHANGED),
                        tuple("/2", Operation.CHANGED),
                        tuple("/3", Operation.REMOVED));
    }

    @Test
    void aMovedElementIsRemovedWhereItWasAndAddedWhereItIs() {
        assertThat(diff("[\"a\",\"b\",\"c\",\"d\"]", "[\"b\",\"c\",\"d\",\"a\"]"))
                .extracting(Difference::path, Difference::operation)
                .containsExactly(tuple("/0", Operation.REMOVED), tuple("/3", Operation.ADDED));
    }

    @Test
    void repeatedValuesAreAlignedToo() {
        // The 1 moved one place: one element removed and one added, whichever of the two is taken as moved.
        assertThat(diff("[0,0,0,1,0,0]", "[0,0,1,0,0,0]")).extracting(Difference::operation)
                .containsExactlyInAnyOrder(Operation.REMOVED, Operation.ADDED);
    }

    @Test
    void everyElementDifferentIsAChangePerElementNotAListOfRemovalsAndAdditions() {
        String baseline = items(IntStream.range(0, 5000)).replace("\"sku\"", "\"label\"");
        String fork = baseline.replace("\"qty\":", "\"qty\":1");

        List<Difference> differences = diff(baseline, fork);

        assertThat(differences).hasSize(5000).allSatisfy(d -> {
            assertThat(d.operation()).isEqualTo(Operation.CHANGED);
            assertThat(d.path()).matches("/items/[0-9]+/qty");
        });
    }

    @Test
    void appendedAndPrependedElementsAreAddedAtTheirForkIndex() {
        assertThat(diff("[1,2]", "[0,1,2,3]")).extracting(Difference::path, Difference::operation)
                .containsExactly(tuple("/0", Operation.ADDED), tuple("/3", Operation.ADDED));
    }

    @Test
    void nullElementVersusMissingElementIsRemoved() {
        assertThat(diff("[1,null]", "[1]")).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("/1");
            assertThat(d.operation()).isEqualTo(Operation.REMOVED);
            assertThat(d.baseline().isNull()).isTrue();
        });
    }
}
