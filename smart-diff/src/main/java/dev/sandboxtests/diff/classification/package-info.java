/**
 * The classification stage: turns the raw differences into the reported ones by the user's rules
 * (ignore, expect), by noise learned from baseline samples, and by recognised formats of generated
 * values (ids, tokens, timestamps), each with the reason for its relevance. Internal to the module.
 */
package dev.sandboxtests.diff.classification;
