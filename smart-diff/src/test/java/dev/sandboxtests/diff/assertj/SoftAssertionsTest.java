package dev.sandboxtests.diff.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.SmartDiff;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Soft assertions collect every failure and report them together. */
class SoftAssertionsTest {

    private static final BehaviorDiff DIFF = SmartDiff.defaults().compare(
            Capture.json(200, "{\"total\":100,\"currency\":\"EUR\",\"note\":\"a\"}"),
            Capture.json(200, "{\"total\":90,\"currency\":\"USD\"}"));

    @Test
    void severalFailuresAreCollectedAndReportedTogether() {
        SmartDiffSoftAssertions softly = new SmartDiffSoftAssertions();

        softly.assertThat(DIFF).hasNoRelevantChanges();
        softly.assertThat(DIFF).hasNoChangesOfRelevance(Relevance.HIGH);
        softly.assertThat(DIFF).hasOnlyChangesAt("/total", "/currency", "/note");

        assertThat(softly.errorsCollected()).hasSize(2);
        assertThat(softly.errorsCollected()).allSatisfy(error -> assertThat(error).isInstanceOf(AssertionFailedError.class));
        AssertJMultipleFailuresError all = catchThrowableOfType(AssertJMultipleFailuresError.class, softly::assertAll);
        assertThat(all.getMessage())
                .contains("Multiple Failures (2 failures)")
                .contains("Expected no relevant (HIGH or MEDIUM) changes")
                .contains("Expected no HIGH changes between baseline and fork, but found 1:");
    }

    @Test
    void collectedFailuresKeepBaselineAndForkForTheIdesDiffView() {
        SmartDiffSoftAssertions softly = new SmartDiffSoftAssertions();

        softly.assertThat(DIFF).hasNoDifferences();
        softly.assertThat(DIFF).hasChangeAt("/total").from(101);

        assertThat(softly.errorsCollected()).hasSize(2).allSatisfy(error -> assertThat(error)
                .isInstanceOfSatisfying(AssertionFailedError.class, failure -> {
                    assertThat(failure.getExpected().getValue()).asString().contains("\"total\" : 100");
                    assertThat(failure.getActual().getValue()).asString().contains("\"total\" : 90");
                }));
    }

    @Test
    void chainsThroughHasChangeAtStaySoft() {
        SmartDiffSoftAssertions softly = new SmartDiffSoftAssertions();

        softly.assertThat(DIFF).hasChangeAt("/total").from(101).to(89).withRelevance(Relevance.MEDIUM)
                .hasChangeAt("/currency").from("EUR").to("USD");

        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                message -> assertThat(message).contains("to be from 101, but its baseline value is 100."),
                message -> assertThat(message).contains("to be to 89, but its fork value is 90."));
    }

    @Test
    void aMissingChangeIsCollectedOnceAndTheChecksAfterItAreSkipped() {
        SmartDiffSoftAssertions softly = new SmartDiffSoftAssertions();

        softly.assertThat(DIFF).hasChangeAt("/unchanged").from(1).to(2).withRelevance(Relevance.LOW)
                .hasChangeAt("/total").from(100).to(91);

        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                message -> assertThat(message).contains("Expected a change at /unchanged, but there is none."),
                message -> assertThat(message).contains("to be to 91, but its fork value is 90."));
    }

    @Test
    void passingAssertionsCollectNothing() {
        SmartDiffSoftAssertions softly = new SmartDiffSoftAssertions();

        softly.assertThat(DIFF).hasChangeAt("/total").from(100).to(90);
        softly.assertThat(DIFF).hasOnlyChangesAt("/total", "/currency", "/note");
        softly.assertAll();

        assertThat(softly.wasSuccess()).isTrue();
        assertThat(softly.errorsCollected()).isEmpty();
    }

    @Test
    void assertJsOwnSoftAssertionsAreThereToo() {
        SmartDiffSoftAssertions softly = new SmartDiffSoftAssertions();

        softly.assertThat(DIFF.fork().status()).isEqualTo(201);
        softly.assertThat(DIFF).hasNoDifferences();

        assertThat(softly.errorsCollected()).hasSize(2);
    }

    @Test
    void assertSoftlyReportsAtTheEnd() {
        assertThatThrownBy(() -> SmartDiffSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(DIFF).hasNoDifferences();
            softly.assertThat(DIFF).hasChangeAt("/other");
        }))
                .isInstanceOf(AssertJMultipleFailuresError.class)
                .hasMessageContaining("Expected no differences between baseline and fork, but found 3.")
                .hasMessageContaining("Expected a change at /other, but there is none.");
    }

    @Test
    void theAutoCloseableVariantReportsWhenClosed() {
        assertThatThrownBy(() -> {
            try (AutoCloseableSmartDiffSoftAssertions softly = new AutoCloseableSmartDiffSoftAssertions()) {
                softly.assertThat(DIFF).hasNoRelevantChanges();
                softly.assertThat(DIFF).hasChangeAt("/total").to(0);
            }
        })
                .isInstanceOf(AssertJMultipleFailuresError.class)
                .hasMessageContaining("Multiple Failures (2 failures)");
    }
}
