package dev.sandboxtests.diff.assertj;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.SmartDiff;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class BehaviorDiffAssertTest {

    private static BehaviorDiff diff(String baseline, String fork) {
        return SmartDiff.defaults().compare(Capture.json(200, baseline), Capture.json(200, fork));
    }

    private static final BehaviorDiff NONE = diff("{\"a\":1}", "{\"a\":1}");
    private static final BehaviorDiff TOTAL_CHANGED = diff("{\"total\":100,\"currency\":\"EUR\"}",
            "{\"total\":90,\"currency\":\"EUR\"}");

    @Test
    void hasNoRelevantChangesPassesOnEqualCapturesAndFailsOnAChange() {
        assertThat(NONE).hasNoRelevantChanges().hasNoDifferences();

        assertThatThrownBy(() -> assertThat(TOTAL_CHANGED).hasNoRelevantChanges())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Expected no relevant (HIGH or MEDIUM) changes")
                .hasMessageContaining("CHANGED /total: 100 → 90 [MEDIUM: value changed]");
    }

    @Test
    void hasNoDifferencesFailsOnAnyDifference() {
        assertThatThrownBy(() -> assertThat(TOTAL_CHANGED).hasNoDifferences())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Expected no differences between baseline and fork, but found 1.");
    }

    @Test
    void hasOnlyChangesAtPassesWhenExactlyTheIntendedChangeHappened() {
        assertThat(TOTAL_CHANGED).hasOnlyChangesAt("/total");
    }

    @Test
    void hasOnlyChangesAtFailsWhenTheIntendedChangeIsMissing() {
        assertThatThrownBy(() -> assertThat(NONE).hasOnlyChangesAt("/total"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Expected relevant changes at [/total] and nowhere else")
                .hasMessageContaining("there is no relevant change at: [/total]");
        assertThatThrownBy(() -> assertThat(TOTAL_CHANGED).hasOnlyChangesAt("/total", "/currency"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("there is no relevant change at: [/currency]")
                .hasMessageNotContaining("other locations");
    }

    @Test
    void hasOnlyChangesAtFailsOnAnExtraRelevantChange() {
        BehaviorDiff diff = diff("{\"total\":100,\"currency\":\"EUR\"}", "{\"total\":90,\"currency\":\"USD\"}");

        assertThatThrownBy(() -> assertThat(diff).hasOnlyChangesAt("/total"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("there are relevant changes at other locations:\n"
                        + "  CHANGED /currency: \"EUR\" → \"USD\" [MEDIUM: value changed]")
                .hasMessageNotContaining("no relevant change at");
    }

    @Test
    void hasOnlyChangesAtMatchesStatusAndHeaderLocations() {
        BehaviorDiff diff = SmartDiff.defaults().compare(
                Capture.of(200, Map.of("x-version", List.of("1")), null),
                Capture.of(201, Map.of("x-version", List.of("2")), null));

        assertThat(diff).hasOnlyChangesAt("status", "header:x-version");
        assertThatThrownBy(() -> assertThat(diff).hasOnlyChangesAt("status"))
                .hasMessageContaining("CHANGED header:x-version");
    }

    @Test
    void aPointerCoversEverythingBelowItAtASegmentBoundary() {
        BehaviorDiff diff = diff("{\"items\":[{\"price\":1}],\"itemsCount\":1}",
                "{\"items\":[{\"price\":2}],\"itemsCount\":2}");

        assertThat(diff).hasOnlyChangesAt("/items", "/itemsCount").hasChangeAt("/items");
        assertThatThrownBy(() -> assertThat(diff).hasOnlyChangesAt("/items"))
                .hasMessageContaining("CHANGED /itemsCount");
        assertThatThrownBy(() -> assertThat(diff).hasOnlyChangesAt("/item"))
                .hasMessageContaining("there is no relevant change at: [/item]");
    }

    @Test
    void wholeBodyLocationCoversEveryBodyChange() {
        assertThat(TOTAL_CHANGED).hasOnlyChangesAt("(body)").hasChangeAt("(body)");
    }

    @Test
    void linesOfATextBodyAreLocationsThatCoverTheLinesWithinThem() {
        BehaviorDiff diff = SmartDiff.defaults().compare(
                Capture.of(200, Map.of("content-type", List.of("text/html")), "<p>\nRated 4.33\n<hr>\n</p>".getBytes()),
                Capture.of(200, Map.of("content-type", List.of("text/html")), "<p>\nRated 4.3\n<hr>\n</p>".getBytes()));

        assertThat(diff).hasOnlyChangesAt("(body)#L2").hasOnlyChangesAt("(body)#L1-L3").hasOnlyChangesAt("(body)");
        assertThat(diff).hasChangeAt("(body)#L2").from("Rated 4.33").to("Rated 4.3").withRelevance(Relevance.MEDIUM);
        assertThatThrownBy(() -> assertThat(diff).hasOnlyChangesAt("(body)#L3"))
                .hasMessageContaining("there are relevant changes at other locations:\n"
                        + "  CHANGED (body)#L2: \"Rated 4.33\" → \"Rated 4.3\" [MEDIUM: line changed (fork line 2)]");
    }

    @Test
    void hasChangeAtFailsWhenNothingChangedThere() {
        assertThat(TOTAL_CHANGED).hasChangeAt("/total");

        assertThatThrownBy(() -> assertThat(TOTAL_CHANGED).hasChangeAt("/currency"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Expected a change at /currency, but there is none.");
    }

    @Test
    void hasNoChangesOfRelevanceChecksOnlyThatRelevance() {
        assertThat(TOTAL_CHANGED).hasNoChangesOfRelevance(Relevance.HIGH).hasNoChangesOfRelevance(Relevance.LOW);

        assertThatThrownBy(() -> assertThat(TOTAL_CHANGED).hasNoChangesOfRelevance(Relevance.MEDIUM))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Expected no MEDIUM changes between baseline and fork, but found 1:");
    }

    @Test
    void everyAssertionRejectsANullDiff() {
        assertThatThrownBy(() -> assertThat((BehaviorDiff) null).hasNoRelevantChanges())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
        assertThatThrownBy(() -> BehaviorDiffAssert.assertThat(null).hasOnlyChangesAt("/a"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat((BehaviorDiff) null).hasChangeAt("/a")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat((BehaviorDiff) null).hasNoDifferences()).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat((BehaviorDiff) null).hasNoChangesOfRelevance(Relevance.HIGH))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void locationsMustBeGiven() {
        assertThatThrownBy(() -> assertThat(TOTAL_CHANGED).hasOnlyChangesAt())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hasNoRelevantChanges()");
        assertThatThrownBy(() -> assertThat(TOTAL_CHANGED).hasOnlyChangesAt(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(body)");
    }

    @Test
    void aPathWithoutItsLeadingSlashIsRejectedWithTheJsonPointerItMeant() {
        BehaviorDiff reviews = diff("{\"reviews\":{\"average\":4.33}}", "{\"reviews\":{\"average\":4.3}}");

        for (ThrowingCallable assertion : List.<ThrowingCallable>of(
                () -> assertThat(reviews).hasOnlyChangesAt("reviews/average"),
                () -> assertThat(reviews).hasChangeAt("reviews/average"),
                () -> assertThat(reviews).hasChangeAt("/reviews/average").hasChangeAt("reviews/average"))) {
            assertThatThrownBy(assertion)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("'reviews/average' is not a location: paths into a JSON body are JSON"
                            + " Pointers, which start with '/'; did you mean \"/reviews/average\"?");
        }
        assertThatThrownBy(() -> assertThat(reviews).hasOnlyChangesAt("(body)#L0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(body)#L<n>");
    }

    @Test
    void bothEntryPointsWork() {
        assertThatCode(() -> BehaviorDiffAssert.assertThat(NONE).hasNoDifferences()).doesNotThrowAnyException();
        assertThatCode(() -> SmartDiffAssertions.assertThat(NONE).hasNoDifferences()).doesNotThrowAnyException();
    }
}
