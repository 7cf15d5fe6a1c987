/**
 * AssertJ assertions on a {@link dev.sandboxtests.diff.BehaviorDiff}. Start from
 * {@link dev.sandboxtests.diff.assertj.SmartDiffAssertions#assertThat(dev.sandboxtests.diff.BehaviorDiff)};
 * {@link dev.sandboxtests.diff.assertj.BehaviorDiffAssert#hasChangeAt(String)} leads to
 * {@link dev.sandboxtests.diff.assertj.DifferenceAssert} for one change, and
 * {@link dev.sandboxtests.diff.assertj.SmartDiffSoftAssertions} collects failures instead of
 * stopping at the first.
 */
package dev.sandboxtests.diff.assertj;
