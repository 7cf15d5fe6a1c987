/**
 * Behavioral diff of two captured responses to the same request: the <em>baseline</em> and the
 * <em>fork</em>. This package is the public model; the engine's stages live in packages of their own.
 *
 * <p>{@link dev.sandboxtests.diff.SmartDiff} compares two {@link dev.sandboxtests.diff.Capture}s and
 * returns a {@link dev.sandboxtests.diff.BehaviorDiff}: a list of
 * {@link dev.sandboxtests.diff.Difference}s, each rated by {@link dev.sandboxtests.diff.Relevance}.
 * {@link dev.sandboxtests.diff.DiffRules} say what the engine cannot learn (paths to ignore, changes to
 * expect, unordered and keyed arrays). Nothing here knows about sandboxes; the package is usable on its
 * own. AssertJ assertions on the result live in {@code dev.sandboxtests.diff.assertj}, reports in
 * {@code dev.sandboxtests.diff.report}.
 *
 * <p>How a comparison runs, stage by stage (each an internal package, not exported by the module):
 * {@code reading} classifies each body and reads JSON into compact tapes; {@code alignment} pairs
 * headers, fields and array elements and reports the raw differences; {@code classification} rates
 * them (rules, learned noise, recognised formats); {@code rendering} writes values, locations and
 * tables as bounded text for messages and reports.
 */
package dev.sandboxtests.diff;
