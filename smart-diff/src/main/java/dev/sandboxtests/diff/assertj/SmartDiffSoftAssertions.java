package dev.sandboxtests.diff.assertj;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Difference;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;

/**
 * Soft assertions on behavioral diffs: every failure is collected, and {@link #assertAll()} reports
 * them together. AssertJ's own soft {@code assertThat} methods are here too, so one object serves a
 * whole test.
 *
 * <pre>{@code
 * SmartDiffSoftAssertions softly = new SmartDiffSoftAssertions();
 * softly.assertThat(quoteDiff).hasNoRelevantChanges();
 * softly.assertThat(cartDiff).hasChangeAt("/total").from(100).to(90);
 * softly.assertThat(cartDiff.fork().status()).isEqualTo(200);
 * softly.assertAll();
 *
 * SmartDiffSoftAssertions.assertSoftly(softly -> softly.assertThat(diff).hasNoRelevantChanges());
 * }</pre>
 *
 * <p>Chains through {@link BehaviorDiffAssert#hasChangeAt(String)} stay soft: when there is no
 * change at the location, that failure is collected and the checks chained after it are skipped.
 *
 * @see AutoCloseableSmartDiffSoftAssertions
 */
public class SmartDiffSoftAssertions extends AbstractSoftAssertions implements StandardSoftAssertionsProvider {

    /** Soft assertions with no failure collected yet. */
    public SmartDiffSoftAssertions() {
    }

    /**
     * @param actual the diff to check
     * @return soft assertions on it
     */
    public BehaviorDiffAssert assertThat(BehaviorDiff actual) {
        return proxy(BehaviorDiffAssert.class, BehaviorDiff.class, actual).collectingInto(this);
    }

    /**
     * Runs {@code softly} and then reports every failure it collected at once.
     *
     * @param softly the assertions to run
     */
    public static void assertSoftly(Consumer<SmartDiffSoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(SmartDiffSoftAssertions.class, softly);
    }

    /** Soft assertions on one difference, for {@link BehaviorDiffAssert#hasChangeAt(String)}. */
    DifferenceAssert proxyFor(Difference difference) {
        return proxy(DifferenceAssert.class, Difference.class, difference);
    }
}
