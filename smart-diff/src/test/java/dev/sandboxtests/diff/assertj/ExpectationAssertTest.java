package dev.sandboxtests.diff.assertj;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.SmartDiff;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Expected changes in assertions: met ones pass, unmet ones fail, rejected ones are relevant. */
class ExpectationAssertTest {

    private static final DiffRules RULES = DiffRules.builder()
            .expect("/total", (baseline, fork) -> fork.asLong() < baseline.asLong(), "the total goes down")
            .expect("/discount", (baseline, fork) -> fork.isNumber(), "a discount appears")
            .build();

    private static BehaviorDiff diff(String baseline, String fork) {
        return SmartDiff.builder().rules(RULES).build().compare(Capture.json(200, baseline), Capture.json(200, fork));
    }

    @Test
    void metExpectationsPass() {
        BehaviorDiff diff = diff("{\"total\":100}", "{\"total\":90,\"discount\":10}");

        assertThat(diff).hasNoRelevantChanges().hasMetAllExpectations();
    }

    @Test
    void anExpectedChangeThatDidNotHappenFailsHasNoRelevantChanges() {
        BehaviorDiff diff = diff("{\"total\":100}", "{\"total\":90}");

        assertThatThrownBy(() -> assertThat(diff).hasNoRelevantChanges())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Expected no relevant (HIGH or MEDIUM) changes between baseline and fork and"
                        + " every expected change to happen, but 1 expected change did not happen:\n"
                        + "  /discount (a discount appears)")
                .hasMessageContaining("expected change did not happen: /discount (a discount appears)");
        assertThatThrownBy(() -> assertThat(diff).hasMetAllExpectations())
                .hasMessageStartingWith("Expected every expected change to happen, but 1 did not:\n"
                        + "  /discount (a discount appears)");
    }

    @Test
    void relevantChangesAndUnmetExpectationsAreListedTogether() {
        BehaviorDiff diff = diff("{\"total\":100,\"currency\":\"EUR\"}", "{\"total\":110,\"currency\":\"EUR\"}");

        assertThatThrownBy(() -> assertThat(diff).hasNoRelevantChanges())
                .hasMessageStartingWith("Expected no relevant (HIGH or MEDIUM) changes between baseline and fork and"
                        + " every expected change to happen, but found 1:\n"
                        + "  CHANGED /total: 100 → 110 [HIGH: expected the total goes down, but the check rejected"
                        + " 100 → 110]\n"
                        + "and 1 expected change did not happen:\n"
                        + "  /discount (a discount appears)");
    }
}
