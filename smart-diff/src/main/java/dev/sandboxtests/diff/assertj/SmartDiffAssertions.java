package dev.sandboxtests.diff.assertj;

import dev.sandboxtests.diff.BehaviorDiff;

/**
 * Entry point for the smart-diff assertions, to import statically next to AssertJ's own
 * {@code Assertions}.
 *
 * <pre>{@code
 * import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
 *
 * assertThat(diff).hasOnlyChangesAt("/total");
 * }</pre>
 */
public final class SmartDiffAssertions {

    private SmartDiffAssertions() {
    }

    /**
     * @param actual the diff to check
     * @return assertions on it
     */
    public static BehaviorDiffAssert assertThat(BehaviorDiff actual) {
        return new BehaviorDiffAssert(actual);
    }
}
