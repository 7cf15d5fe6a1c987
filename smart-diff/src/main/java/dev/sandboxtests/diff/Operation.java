package dev.sandboxtests.diff;

/** What happened to a value between the baseline and the fork. */
public enum Operation {
    /** Present in the fork only. */
    ADDED,
    /** Present in the baseline only. */
    REMOVED,
    /** Present on both sides with the same type but a different value. */
    CHANGED,
    /** Present on both sides with a different type, e.g. a number became a string. */
    TYPE_CHANGED
}
