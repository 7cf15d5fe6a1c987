package dev.sandboxtests.diff;

/** The part of a captured response a {@link Difference} is in. */
public enum Section {
    /** The status code. */
    STATUS,
    /** One header, named by its lower-cased name. */
    HEADER,
    /** The body, addressed by a JSON Pointer ({@code ""} is the whole body). */
    BODY
}
