package dev.sandboxtests.diff.assertj;

import org.assertj.core.api.AutoCloseableSoftAssertionsProvider;

/**
 * {@link SmartDiffSoftAssertions} that report their failures when closed, for try-with-resources.
 *
 * <pre>{@code
 * try (AutoCloseableSmartDiffSoftAssertions softly = new AutoCloseableSmartDiffSoftAssertions()) {
 *     softly.assertThat(diff).hasNoChangesOfRelevance(Relevance.HIGH);
 *     softly.assertThat(diff).hasChangeAt("/total").from(100).to(90);
 * }
 * }</pre>
 */
public class AutoCloseableSmartDiffSoftAssertions extends SmartDiffSoftAssertions
        implements AutoCloseableSoftAssertionsProvider {

    /** Soft assertions with no failure collected yet. */
    public AutoCloseableSmartDiffSoftAssertions() {
    }
}
