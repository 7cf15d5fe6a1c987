package dev.sandboxtests.diff;

import dev.sandboxtests.diff.alignment.ArrayModes;
import dev.sandboxtests.diff.reading.PointerPath;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * The array rules of a {@link DiffRules}, as the alignment asks for them. Lives here rather than in
 * the alignment because it needs what {@link PathPattern} keeps to itself: matching a pointer built
 * segment by segment, and a pattern's depth.
 */
final class ArrayRules implements ArrayModes {

    private final List<DiffRules.ArrayRule> rules;
    private final boolean allOrdered;
    /** Whether a rule's pattern has no one depth ({@code **}), so it may match at any depth. */
    private final boolean atAnyDepth;
    /** The depths (numbers of pointer segments) the other rules can match. */
    private final BitSet depths = new BitSet();

    ArrayRules(List<DiffRules.ArrayRule> rules) {
        this.rules = List.copyOf(rules);
        this.allOrdered = rules.stream().allMatch(rule -> rule.mode().kind() == ArrayMode.Kind.ORDERED);
        boolean anyDepth = false;
        for (DiffRules.ArrayRule rule : rules) {
            OptionalInt depth = rule.pattern().depth();
            if (depth.isPresent()) {
                depths.set(depth.getAsInt());
            } else {
                anyDepth = true;
            }
        }
        this.atAnyDepth = anyDepth;
    }

    @Override
    public ArrayMode at(PointerPath path) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (rules.get(i).pattern().matches(path)) {
                return rules.get(i).mode();
            }
        }
        return ArrayMode.ordered();
    }

    @Override
    public boolean mayMatchAtDepth(int depth) {
        return atAnyDepth || depths.get(depth);
    }

    @Override
    public boolean allOrdered() {
        return allOrdered;
    }
}
