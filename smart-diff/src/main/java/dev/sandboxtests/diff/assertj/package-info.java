/**
 * AssertJ assertions on a {@link dev.sandboxtests.diff.BehaviorDiff}. Start from
 * {@link dev.sandboxtests.diff.assertj.SmartDiffAssertions#assertThat(dev.sandboxtests.diff.BehaviorDiff)}.
 */
package dev.sandboxtests.diff.assertj;
