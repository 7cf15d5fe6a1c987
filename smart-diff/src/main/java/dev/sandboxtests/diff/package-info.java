/**
 * Behavioral diff of two captured responses to the same request: the <em>baseline</em> and the
 * <em>fork</em>.
 *
 * <p>{@link dev.sandboxtests.diff.SmartDiff} compares two {@link dev.sandboxtests.diff.Capture}s and
 * returns a {@link dev.sandboxtests.diff.BehaviorDiff}: a list of
 * {@link dev.sandboxtests.diff.Difference}s, each rated by {@link dev.sandboxtests.diff.Relevance}.
 * Nothing here knows about sandboxes; the package is usable on its own. AssertJ assertions on the
 * result live in {@code dev.sandboxtests.diff.assertj}.
 */
package dev.sandboxtests.diff;
