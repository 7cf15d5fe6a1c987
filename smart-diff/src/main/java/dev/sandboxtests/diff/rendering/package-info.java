/**
 * Text for people: values as compact JSON, long locations shortened, and the difference table that
 * {@code BehaviorDiff.toString()} and assertion messages show, all bounded so that a huge or deeply
 * nested value costs no more than the limit and no stack. Shared by the model, the assertions and the
 * reports; internal to the module.
 */
package dev.sandboxtests.diff.rendering;
