/**
 * The alignment stage: pairs what the baseline and the fork have at the same place — status, headers
 * by name, object fields by name, array elements as a sequence, a multiset or by key — and reports
 * every raw difference with its default relevance, in document order, walking iteratively so that
 * depth costs heap, not call stack. Internal to the module.
 */
package dev.sandboxtests.diff.alignment;
