/**
 * The reading stage: decides how each body is compared (JSON, text, bytes) from its content type and
 * bytes, and reads JSON bodies into compact tapes — one entry per value, with subtree hashes — instead
 * of object trees, so that a 50 MB document costs about its own size and equal subtrees are found by
 * comparing ranges. Internal to the module.
 */
package dev.sandboxtests.diff.reading;
