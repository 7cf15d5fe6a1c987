package dev.sandboxtests.diff.reading;

/**
 * One JSON container read from the middle of a body on its own, by
 * {@link JsonTapeReader#readContainerAt}: its tape, where it ends in the body, and how deep it nests.
 *
 * @param tape  the container; its root is node 0 and has no field name
 * @param end   the offset in the body just after the container's closing bracket
 * @param depth how many containers deep it nests, itself included (1 for {@code []}); read on its own,
 *              Jackson's nesting limit applied to this depth, not to the depth it has in the body, so
 *              the caller must check the sum
 */
public record ValueAt(JsonTape tape, int end, int depth) {
}
