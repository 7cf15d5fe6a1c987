package dev.sandboxtests.diff;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A baseline node and a fork node that are compared with each other; either may be a
 * {@code MissingNode} when the value exists on one side only.
 *
 * @param path     where the pair is in the body
 * @param baseline the baseline node
 * @param fork     the fork node
 * @param noun     what the pair is in its parent ("field", "element" or "body"), for reasons such as
 *                 "field missing in fork"
 */
record NodePair(PointerPath path, JsonNode baseline, JsonNode fork, String noun) {
}
