package dev.sandboxtests.diff.alignment;

import dev.sandboxtests.diff.ArrayMode;
import dev.sandboxtests.diff.reading.PointerPath;

/**
 * Which {@link ArrayMode} each array of a body is aligned in: what the alignment needs to know of the
 * user's array rules ({@code DiffRules.Builder#unordered}, {@code #keyed}). The engine answers it from
 * its {@code DiffRules}; the alignment only asks.
 */
public interface ArrayModes {

    /**
     * @param path where the array is
     * @return how its elements are paired: the last rule that matches the path, else ordered
     */
    ArrayMode at(PointerPath path);

    /**
     * Lets a walk skip the rules at depths where none of them can match: matching a pattern costs time
     * in proportion to the path's depth, so asking at every level of a deep document would be quadratic.
     *
     * @param depth a path's number of segments
     * @return whether a rule may match some path of that depth
     */
    boolean mayMatchAtDepth(int depth);

    /** @return whether every array is ordered: no rule makes one unordered or keyed */
    boolean allOrdered();
}
