package dev.sandboxtests.diff.assertj;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.SmartDiff;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** A diff with caveats may not show the fork's behaviour: every assertion on it fails, quoting them first. */
class CaveatAssertionsTest {

    private static final String NOT_REACHED = "the fork of 'reviews' received none of this SmartTest's requests:"
            + " does 'catalog' pass the routing key on? (see README: passing the key on)";

    /** Baseline and fork answered alike, so every assertion below would pass without the caveat. */
    private static final BehaviorDiff SAME = SmartDiff.defaults().compare(Capture.json(200, "{\"average\":4.3}"),
            Capture.json(200, "{\"average\":4.3}"));
    private static final BehaviorDiff AVERAGE_CHANGED = SmartDiff.defaults().compare(
            Capture.json(200, "{\"average\":4.33}"), Capture.json(200, "{\"average\":4.3}"));

    @Test
    void everyAssertionFailsOnADiffWithACaveatStartingWithTheCaveatAndThenWhatWasAsserted() {
        BehaviorDiff same = SAME.withCaveat(NOT_REACHED);
        BehaviorDiff changed = AVERAGE_CHANGED.withCaveat(NOT_REACHED);
        Map<String, Runnable> assertions = Map.of(
                "no relevant (HIGH or MEDIUM) changes between baseline and fork", () -> assertThat(same).hasNoRelevantChanges(),
                "no differences between baseline and fork", () -> assertThat(same).hasNoDifferences(),
                "every expected change to happen", () -> assertThat(same).hasMetAllExpectations(),
                "no HIGH changes between baseline and fork", () -> assertThat(same).hasNoChangesOfRelevance(Relevance.HIGH),
                "relevant changes at [/average] and nowhere else", () -> assertThat(changed).hasOnlyChangesAt("/average"),
                "a change at /average", () -> assertThat(changed).hasChangeAt("/average").from(4.33).to(4.3));

        assertions.forEach((asserted, assertion) -> assertThatThrownBy(assertion::run)
                .as(asserted)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Caveat: " + NOT_REACHED + "\nSo this cannot be checked: expected " + asserted
                        + ".\n\nAll differences, baseline → fork:\n"));
    }

    @Test
    void everyCaveatIsQuotedInTheOrderItWasAdded() {
        BehaviorDiff twice = SAME.withCaveat("first reason").withCaveat("second reason");

        assertThatThrownBy(() -> assertThat(twice).hasNoRelevantChanges())
                .hasMessageStartingWith("Caveat: first reason\nCaveat: second reason\nSo this cannot be checked:");
    }

    @Test
    void softAssertionsCollectTheFailuresOfADiffWithACaveat() {
        BehaviorDiff changed = AVERAGE_CHANGED.withCaveat(NOT_REACHED);
        SmartDiffSoftAssertions softly = new SmartDiffSoftAssertions();

        softly.assertThat(changed).hasNoChangesOfRelevance(Relevance.HIGH);
        softly.assertThat(changed).hasChangeAt("/average").from(4.33).to(4.3).withRelevance(Relevance.MEDIUM);

        Assertions.assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                message -> Assertions.assertThat(message).startsWith("Caveat: " + NOT_REACHED
                        + "\nSo this cannot be checked: expected no HIGH changes between baseline and fork."),
                message -> Assertions.assertThat(message).startsWith("Caveat: " + NOT_REACHED
                        + "\nSo this cannot be checked: expected a change at /average."));
    }

    @Test
    void withCaveatLeavesTheDiffItWasCalledOnAsItWas() {
        BehaviorDiff caveated = AVERAGE_CHANGED.withCaveat(NOT_REACHED);

        Assertions.assertThat(AVERAGE_CHANGED.caveats()).isEmpty();
        Assertions.assertThat(caveated.caveats()).containsExactly(NOT_REACHED);
        Assertions.assertThat(caveated.differences()).isEqualTo(AVERAGE_CHANGED.differences());
        Assertions.assertThat(caveated.baseline()).isSameAs(AVERAGE_CHANGED.baseline());
        Assertions.assertThat(caveated.toString()).isEqualTo("Caveat: " + NOT_REACHED + "\n" + AVERAGE_CHANGED);
        assertThatThrownBy(() -> AVERAGE_CHANGED.withCaveat(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDiffWithoutCaveatsIsAssertedAsBefore() {
        assertThat(AVERAGE_CHANGED).hasOnlyChangesAt("/average").hasChangeAt("/average").from(4.33).to(4.3);
        assertThat(SAME).hasNoRelevantChanges().hasNoDifferences().hasMetAllExpectations();
    }
}
