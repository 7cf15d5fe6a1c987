package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Arrays the rules declare unordered or keyed are matched regardless of position. */
class UnorderedAndKeyedArrayDiffTest {

    private static List<Difference> diff(DiffRules rules, String baseline, String fork) {
        return SmartDiff.builder().rules(rules).build()
                .compare(Capture.json(200, baseline), Capture.json(200, fork)).differences();
    }

    private static DiffRules unordered(String pattern) {
        return DiffRules.builder().unordered(pattern).build();
    }

    private static DiffRules keyed(String pattern, String key) {
        return DiffRules.builder().keyed(pattern, key).build();
    }

    @Test
    void aShuffledUnorderedArrayHasNoDifferences() {
        List<String> elements = IntStream.range(0, 10_000)
                .mapToObj(i -> "{\"n\":" + i + ",\"tags\":[\"t" + (i % 5) + "\"]}")
                .collect(Collectors.toCollection(ArrayList::new));
        String baseline = "{\"items\":[" + String.join(",", elements) + "]}";
        Collections.shuffle(elements, new Random(42));
        String fork = "{\"items\":[" + String.join(",", elements) + "]}";

        assertThat(diff(unordered("/items"), baseline, fork)).isEmpty();
        assertThat(diff(DiffRules.none(), baseline, fork)).isNotEmpty();
    }

    @Test
    void aChangedElementOfAnUnorderedArrayIsReportedInsideTheElementAtItsForkIndex() {
        List<Difference> differences = diff(unordered("/items"),
                "{\"items\":[{\"id\":1,\"price\":10},{\"id\":2,\"price\":20},{\"id\":3,\"price\":30}]}",
                "{\"items\":[{\"id\":3,\"price\":30},{\"id\":1,\"price\":10},{\"id\":2,\"price\":25}]}");

        assertThat(differences).extracting(Difference::path, Difference::operation, Difference::relevance)
                .containsExactly(tuple("/items/2/price", Operation.CHANGED, Relevance.MEDIUM));
    }

    @Test
    void leftoversWithoutAnIdentifyingFieldArePairedByType() {
        assertThat(diff(unordered("/a"), "{\"a\":[1,\"x\",{\"p\":1}]}", "{\"a\":[{\"p\":2},\"y\",1]}"))
                .extracting(Difference::path, Difference::operation)
                .containsExactly(tuple("/a/0/p", Operation.CHANGED), tuple("/a/1", Operation.CHANGED));
    }

    @Test
    void unorderedArraysCompareAsMultisets() {
        assertThat(diff(unordered("/a"), "{\"a\":[1,1,2]}", "{\"a\":[2,1,1]}")).isEmpty();
        assertThat(diff(unordered("/a"), "{\"a\":[1,1,2]}", "{\"a\":[1,2,2]}"))
                .extracting(Difference::path, Difference::operation)
                .containsExactly(tuple("/a/2", Operation.CHANGED));
        assertThat(diff(unordered("/a"), "{\"a\":[1,2,3]}", "{\"a\":[3,1]}"))
                .extracting(Difference::path, Difference::operation)
                .containsExactly(tuple("/a/1", Operation.REMOVED));
    }

    @Test
    void unorderedArraysNestedInUnorderedArraysMatchUpToTheInnerOrder() {
        assertThat(diff(unordered("/**"), "[[1,2],[3,4],[5,6]]", "[[6,5],[2,1],[4,3]]")).isEmpty();
    }

    @Test
    void mixedTypeUnorderedArraysCancelEqualElementsOfEveryType() {
        assertThat(diff(unordered(""), "[1,\"1\",true,null,{},[],1.0]", "[1.0,[],{},null,true,\"1\",1]")).isEmpty();
    }

    @Test
    void keyedArrayMatchesElementsByTheirKey() {
        List<Difference> differences = diff(keyed("/items", "sku"),
                "{\"items\":[{\"sku\":\"a\",\"qty\":1},{\"sku\":\"b\",\"qty\":2},{\"sku\":\"c\",\"qty\":3}]}",
                "{\"items\":[{\"sku\":\"c\",\"qty\":3},{\"sku\":\"d\",\"qty\":4},{\"sku\":\"a\",\"qty\":5}]}");

        assertThat(differences).extracting(Difference::path, Difference::operation).containsExactly(
                tuple("/items/1", Operation.ADDED),
                tuple("/items/2/qty", Operation.CHANGED),
                tuple("/items/1", Operation.REMOVED));
    }

    @Test
    void theKeyMayBeAPointerInsideTheElement() {
        List<Difference> differences = diff(keyed("/lines", "/product/code"),
                "{\"lines\":[{\"product\":{\"code\":7},\"n\":1},{\"product\":{\"code\":8},\"n\":1}]}",
                "{\"lines\":[{\"product\":{\"code\":8},\"n\":2},{\"product\":{\"code\":7},\"n\":1}]}");

        assertThat(differences).extracting(Difference::path).containsExactly("/lines/0/n");
    }

    @Test
    void aKeyedElementIsNeverPairedWithAnElementOfAnotherKey() {
        // In an unordered array the two would be paired as one changed element; keyed, they are not.
        assertThat(diff(keyed("/a", "id"), "{\"a\":[{\"id\":1,\"v\":1}]}", "{\"a\":[{\"id\":2,\"v\":1}]}"))
                .extracting(Difference::path, Difference::operation)
                .containsExactly(tuple("/a/0", Operation.ADDED), tuple("/a/0", Operation.REMOVED));
    }

    @Test
    void duplicateKeysFallBackToUnorderedMatching() {
        List<Difference> differences = diff(keyed("/a", "id"),
                "{\"a\":[{\"id\":1,\"v\":1},{\"id\":1,\"v\":2},{\"id\":5,\"v\":5}]}",
                "{\"a\":[{\"id\":5,\"v\":6},{\"id\":1,\"v\":2},{\"id\":1,\"v\":3}]}");

        assertThat(differences).extracting(Difference::path, Difference::operation).containsExactly(
                tuple("/a/0/v", Operation.CHANGED),
                tuple("/a/2/v", Operation.CHANGED));
    }

    @Test
    void elementsWithoutTheKeyFallBackToUnorderedMatching() {
        List<Difference> differences = diff(keyed("/a", "id"),
                "{\"a\":[{\"id\":1,\"v\":1},{\"note\":\"x\"},7]}",
                "{\"a\":[7,{\"note\":\"y\"},{\"id\":1,\"v\":1}]}");

        assertThat(differences).extracting(Difference::path, Difference::operation)
                .containsExactly(tuple("/a/1/note", Operation.CHANGED));
    }

    @Test
    void keyedArraysAtAnyDepthFollowTheirPattern() {
        DiffRules rules = DiffRules.builder().keyed("/orders/*/lines", "sku").build();

        List<Difference> differences = diff(rules,
                "{\"orders\":[{\"lines\":[{\"sku\":\"a\",\"q\":1},{\"sku\":\"b\",\"q\":1}]}]}",
                "{\"orders\":[{\"lines\":[{\"sku\":\"b\",\"q\":2},{\"sku\":\"a\",\"q\":1}]}]}");

        assertThat(differences).extracting(Difference::path).containsExactly("/orders/0/lines/0/q");
    }

    @Test
    void arraysTheRulesDoNotMatchStayOrdered() {
        assertThat(diff(unordered("/other"), "{\"a\":[1,2]}", "{\"a\":[2,1]}")).hasSize(2);
    }
}
