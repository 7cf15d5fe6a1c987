/**
 * AssertJ assertions on a {@link dev.sandboxtests.diff.BehaviorDiff}. Start from
 * {@link dev.sandboxtests.diff.assertj.SmartDiffAssertions#assertThat(dev.sandboxtests.diff.BehaviorDiff)};
 * {@link dev.sandboxtests.diff.assertj.BehaviorDiffAssert#hasChangeAt(String)} leads to
 * {@link dev.sandboxtests.diff.assertj.DifferenceAssert} for one change, and
 * {@link dev.sandboxtests.diff.assertj.SmartDiffSoftAssertions} collects failures instead of
 * stopping at the first.
 *
 * <p>Every failure is an opentest4j {@code AssertionFailedError} whose expected value is the baseline
 * and actual value the fork, rendered as text, so an IDE shows the two responses side by side.
 */
package dev.sandboxtests.diff.assertj;
