package dev.sandboxtests.diff.reading;

/**
 * One JSON container read from the middle of a body on its own, by
 * {@link JsonTapeReader#readContainerAt}: its tape and where it ends in the body.
 *
 * @param tape the container; its root is node 0 and has no field name
 * @param end  the offset in the body just after the container's closing bracket
 */
public record ValueAt(JsonTape tape, int end) {
}
