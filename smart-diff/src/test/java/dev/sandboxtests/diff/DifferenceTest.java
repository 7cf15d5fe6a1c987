package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class DifferenceTest {

    @Test
    void locationNamesTheSectionAndPath() {
        assertThat(new Difference(Section.BODY, "/total", Operation.CHANGED, IntNode.valueOf(1), IntNode.valueOf(2),
                Relevance.MEDIUM, "value changed").location()).isEqualTo("/total");
        assertThat(new Difference(Section.BODY, "", Operation.REMOVED, TextNode.valueOf("x"), null,
                Relevance.HIGH, "body missing in fork").location()).isEqualTo("(body)");
        assertThat(new Difference(Section.STATUS, "", Operation.CHANGED, IntNode.valueOf(200), IntNode.valueOf(500),
                Relevance.HIGH, "status code changed").location()).isEqualTo("status");
        assertThat(new Difference(Section.HEADER, "x-version", Operation.ADDED, null, TextNode.valueOf("2"),
                Relevance.MEDIUM, "header added in fork").location()).isEqualTo("header:x-version");
    }

    @Test
    void describeIsOneReadableLine() {
        Difference difference = new Difference(Section.BODY, "/total", Operation.CHANGED, IntNode.valueOf(100),
                IntNode.valueOf(90), Relevance.MEDIUM, "value changed");

        assertThat(difference.describe()).isEqualTo("CHANGED /total: 100 → 90 [MEDIUM: value changed]");
        assertThat(difference).hasToString(difference.describe());
    }

    @Test
    void describeShowsAbsentValuesAndQuotesStrings() {
        Difference difference = new Difference(Section.HEADER, "x-version", Operation.REMOVED, TextNode.valueOf("1"),
                MissingNode.getInstance(), Relevance.MEDIUM, "header missing in fork");

        assertThat(difference.describe())
                .isEqualTo("REMOVED header:x-version: \"1\" → (absent) [MEDIUM: header missing in fork]");
    }

    @Test
    void describeCutsLongValues() {
        Difference difference = new Difference(Section.BODY, "/s", Operation.CHANGED,
                TextNode.valueOf("a".repeat(10_000)), TextNode.valueOf("b"), Relevance.MEDIUM, "value changed");

        assertThat(difference.describe()).hasSizeLessThan(200).contains("aaa…", " → \"b\"");
    }

    @Test
    void nullValuesBecomeMissingNodes() {
        Difference difference = new Difference(Section.BODY, "/a", Operation.ADDED, null, null, Relevance.HIGH, "x");

        assertThat(difference.baseline()).isSameAs(MissingNode.getInstance());
        assertThat(difference.fork()).isSameAs(MissingNode.getInstance());
    }

    @Test
    void requiredPartsAreChecked() {
        assertThatThrownBy(() -> new Difference(null, "", Operation.ADDED, null, null, Relevance.HIGH, "x"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("section");
        assertThatThrownBy(() -> new Difference(Section.BODY, "", Operation.ADDED, null, null, null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("relevance");
    }

    @Test
    void relevanceHighAndMediumAreRelevantLowIsNot() {
        assertThat(Relevance.HIGH.isRelevant()).isTrue();
        assertThat(Relevance.MEDIUM.isRelevant()).isTrue();
        assertThat(Relevance.LOW.isRelevant()).isFalse();
    }
}
