package dev.sandboxtests.diff;

/** The part of a captured response a {@link Difference} is in. */
public enum Section {
    /** The status code. */
    STATUS,
    /** One header, named by its lower-cased name. */
    HEADER,
    /**
     * The body, addressed by a JSON Pointer ({@code ""} is the whole body) or, in a text body, by its
     * lines ({@code #L4}, {@code #L2-L4}).
     */
    BODY
}
