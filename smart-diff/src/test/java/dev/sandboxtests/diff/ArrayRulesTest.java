package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.reading.PointerPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the alignment learns from the array rules: the mode at a path, and where rules can match. */
class ArrayRulesTest {

    private static ArrayRules of(DiffRules rules) {
        return new ArrayRules(rules.arrays());
    }

    @Test
    void withoutRulesEveryArrayIsOrderedAndNoDepthNeedsAsking() {
        ArrayRules none = of(DiffRules.none());

        assertThat(none.allOrdered()).isTrue();
        assertThat(none.mayMatchAtDepth(0)).isFalse();
        assertThat(none.mayMatchAtDepth(3)).isFalse();
        assertThat(none.at(PointerPath.ROOT.field("items"))).isEqualTo(ArrayMode.ordered());
    }

    @Test
    void rulesAreAskedOnlyAtTheDepthsOfTheirPatterns() {
        ArrayRules rules = of(DiffRules.builder().unordered("/orders/*/tags").keyed("/items", "sku").build());

        assertThat(rules.mayMatchAtDepth(1)).isTrue();
        assertThat(rules.mayMatchAtDepth(2)).isFalse();
        assertThat(rules.mayMatchAtDepth(3)).isTrue();
        assertThat(rules.mayMatchAtDepth(4)).isFalse();
        assertThat(rules.allOrdered()).isFalse();
    }

    @Test
    void twoStarsMakeEveryDepthWorthAsking() {
        ArrayRules rules = of(DiffRules.builder().keyed("/items", "sku").unordered("/**/tags").build());

        assertThat(rules.mayMatchAtDepth(0)).isTrue();
        assertThat(rules.mayMatchAtDepth(7)).isTrue();
        assertThat(rules.at(PointerPath.ROOT.field("a").index(3).field("tags"))).isEqualTo(ArrayMode.unordered());
    }

    @Test
    void theLastMatchingRuleDecidesAndOtherArraysStayOrdered() {
        ArrayRules rules = of(DiffRules.builder().unordered("/items").keyed("/items", "sku").build());

        assertThat(rules.at(PointerPath.ROOT.field("items"))).isEqualTo(ArrayMode.keyed("sku"));
        assertThat(rules.at(PointerPath.ROOT.field("other"))).isEqualTo(ArrayMode.ordered());
    }

    @Test
    void rulesThatKeepArraysOrderedLeaveEveryArrayOrdered() {
        ArrayRules rules = new ArrayRules(List.of(new DiffRules.ArrayRule(PathPattern.of("/items"), ArrayMode.ordered())));

        assertThat(rules.allOrdered()).isTrue();
        assertThat(rules.mayMatchAtDepth(1)).isTrue();
    }
}
