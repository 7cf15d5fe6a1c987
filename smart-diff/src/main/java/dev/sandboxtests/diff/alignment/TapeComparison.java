package dev.sandboxtests.diff.alignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.sandboxtests.diff.ArrayMode;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.Section;
import dev.sandboxtests.diff.reading.FieldNames;
import dev.sandboxtests.diff.reading.JsonTape;
import dev.sandboxtests.diff.reading.JsonTapeNodes;
import dev.sandboxtests.diff.reading.PointerPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One walk over two {@link JsonTape}s that share their {@link FieldNames}, reporting every difference
 * in document order: an object's fields in baseline order, then the fields only the fork has; an
 * array's elements in the order {@link ArrayAlignment} gives.
 *
 * <p>Equal subtrees are skipped at the cost of one hash comparison plus one vectorised comparison of
 * their tape ranges (a hash never decides equality on its own). When that comparison finds where the
 * subtrees first differ, the walk keeps the position, so children before it are known equal and no
 * range is compared twice: the walk stays linear even through 100,000 levels of nesting.
 *
 * <p>The walk is a loop over an explicit stack of frames, one per container being compared, so depth
 * costs heap, not call stack. Pointers are built only for reported differences, from the frames'
 * current segments; Jackson nodes are built only for the reported values.
 */
final class TapeComparison {

    /** A child pair already known identical (it lies before a known first mismatch). */
    private static final int IDENTICAL = -2;
    private static final int UNKNOWN = -1;

    private final JsonTape baseline;
    private final JsonTape fork;
    private final FieldNames names;
    private final ArrayModes arrayModes;
    private final ArrayAlignment arrays;
    private final List<Difference> differences = new ArrayList<>();

    /** Triples (baseline node, fork node, segment) of the children each open frame still has to compare. */
    private final IntList pairs = new IntList(256);
    private Frame[] frames = new Frame[16];
    private int depth;

    // Where the compared subtrees are in their documents: the root, unless only a part is compared.
    private PointerPath rootPath = PointerPath.ROOT;
    private String rootPointer = "";
    private int rootDepth;

    // Per field id: which object the id was last seen in (stamp), and as which fork node.
    private int[] fieldStamps;
    private int[] fieldNodes;
    private int stamp;

    TapeComparison(JsonTape baseline, JsonTape fork, ArrayModes arrayModes) {
        this.baseline = baseline;
        this.fork = fork;
        this.names = baseline.names();
        this.arrayModes = arrayModes;
        this.arrays = new ArrayAlignment(baseline, fork, !arrayModes.allOrdered());
    }

    /** The differences between the two documents. */
    List<Difference> differences() {
        return differences(0, 0, PointerPath.ROOT, "", "body");
    }

    /**
     * The differences between a subtree of the baseline and a subtree of the fork at the same place,
     * when everything else is known to be identical.
     *
     * @param path    where the subtrees are
     * @param pointer the same as an RFC 6901 pointer
     * @param noun    what the subtree is in its parent: "field", "element" or "body"
     */
    List<Difference> differences(int baselineRoot, int forkRoot, PointerPath path, String pointer, String noun) {
        rootPath = path;
        rootPointer = pointer;
        rootDepth = path.depth();
        compare(baselineRoot, forkRoot, UNKNOWN, noun);
        while (depth > 0) {
            Frame frame = frames[depth - 1];
            if (frame.cursor == frame.end) {
                pairs.truncate(frame.start);
                depth--;
                continue;
            }
            int at = frame.cursor;
            frame.cursor = at + 3;
            int baselineNode = pairs.get(at);
            int forkNode = pairs.get(at + 1);
            frame.segment = pairs.get(at + 2);
            String childNoun = frame.object ? "field" : "element";
            if (baselineNode < 0) {
                report(Operation.ADDED, -1, forkNode, Relevance.HIGH, childNoun + " added in fork");
            } else if (forkNode < 0) {
                report(Operation.REMOVED, baselineNode, -1, Relevance.HIGH, childNoun + " missing in fork");
            } else {
                compare(baselineNode, forkNode, known(frame, baselineNode, forkNode), childNoun);
            }
        }
        return differences;
    }

    /**
     * Compares one pair: reports what differs at the pair itself, or pushes a frame for its children.
     *
     * @param known where the pair's subtrees are known to first differ (relative to the pair), or
     *              {@link #UNKNOWN}, or {@link #IDENTICAL}
     */
    private void compare(int baselineNode, int forkNode, int known, String noun) {
        int baselineKind = baseline.kind(baselineNode);
        int forkKind = fork.kind(forkNode);
        if (JsonTape.type(baselineKind) != JsonTape.type(forkKind)) {
            report(Operation.TYPE_CHANGED, baselineNode, forkNode, Relevance.HIGH, "type changed from "
                    + JsonTape.typeName(baselineKind) + " to " + JsonTape.typeName(forkKind));
            return;
        }
        if (!JsonTape.isContainer(baselineKind)) {
            if (!JsonTape.sameScalar(baseline, baselineNode, fork, forkNode)) {
                report(Operation.CHANGED, baselineNode, forkNode, Relevance.MEDIUM, "value changed");
            }
            return;
        }
        if (known == IDENTICAL) {
            return;
        }
        int mismatch = known;
        if (mismatch == UNKNOWN && baseline.hash(baselineNode) == fork.hash(forkNode)) {
            mismatch = baseline.mismatch(baselineNode, fork, forkNode);
            if (mismatch < 0) {
                return;
            }
        }
        ArrayMode mode = baselineKind == JsonTape.ARRAY ? arrayModeHere() : null;
        Frame frame = push(baselineKind == JsonTape.OBJECT, baselineNode, forkNode, mismatch);
        if (frame.object) {
            pairFields(baselineNode, forkNode);
        } else {
            arrays.align(mode, baselineNode, forkNode, pairs);
        }
        frame.end = pairs.size();
    }

    /** What is known about a child pair from what is known about its parent frame. */
    private int known(Frame frame, int baselineChild, int forkChild) {
        if (frame.mismatch < 0) {
            return UNKNOWN;
        }
        int relative = baselineChild - frame.baseline;
        if (relative != forkChild - frame.fork || relative > frame.mismatch) {
            return UNKNOWN; // not at the same place in both subtrees, or after the mismatch
        }
        return relative + baseline.size(baselineChild) <= frame.mismatch ? IDENTICAL : frame.mismatch - relative;
    }

    private Frame push(boolean object, int baselineNode, int forkNode, int mismatch) {
        if (depth == frames.length) {
            frames = Arrays.copyOf(frames, depth * 2);
        }
        Frame frame = frames[depth];
        if (frame == null) {
            frame = new Frame();
            frames[depth] = frame;
        }
        frame.object = object;
        frame.baseline = baselineNode;
        frame.fork = forkNode;
        frame.mismatch = mismatch;
        frame.start = pairs.size();
        frame.cursor = frame.start;
        frame.end = frame.start;
        frame.path = depth == 0 ? rootPath : null;
        depth++;
        return frame;
    }

    /** Pairs the fields of two objects by name; fields of one side only are paired with -1. */
    private void pairFields(int baselineObject, int forkObject) {
        int baselineField = baselineObject + 1;
        int forkField = forkObject + 1;
        int baselineEnd = baseline.next(baselineObject);
        int forkEnd = fork.next(forkObject);
        // Services mostly write fields in the same order: pair them in step while the names agree.
        while (baselineField < baselineEnd && forkField < forkEnd
                && baseline.key(baselineField) == fork.key(forkField)) {
            pairs.add(baselineField, forkField, baseline.key(baselineField));
            baselineField = baseline.next(baselineField);
            forkField = fork.next(forkField);
        }
        if (baselineField == baselineEnd && forkField == forkEnd) {
            return;
        }
        if (fieldStamps == null) {
            fieldStamps = new int[names.size()];
            fieldNodes = new int[names.size()];
        }
        if (stamp >= Integer.MAX_VALUE - 2) {
            Arrays.fill(fieldStamps, 0);
            stamp = 0;
        }
        int present = ++stamp;
        int matched = ++stamp;
        for (int field = forkField; field < forkEnd; field = fork.next(field)) {
            int key = fork.key(field);
            fieldStamps[key] = present;
            fieldNodes[key] = field;
        }
        for (int field = baselineField; field < baselineEnd; field = baseline.next(field)) {
            int key = baseline.key(field);
            if (fieldStamps[key] == present) {
                pairs.add(field, fieldNodes[key], key);
                fieldStamps[key] = matched;
            } else {
                pairs.add(field, -1, key);
            }
        }
        for (int field = forkField; field < forkEnd; field = fork.next(field)) {
            int key = fork.key(field);
            if (fieldStamps[key] == present) {
                pairs.add(-1, field, key);
            }
        }
    }

    /**
     * The mode of the array about to be compared, from the rules (ordered when there are none), asked
     * only at depths where one of them can match ({@link ArrayModes#mayMatchAtDepth}).
     */
    private ArrayMode arrayModeHere() {
        if (!arrayModes.mayMatchAtDepth(rootDepth + depth)) {
            return ArrayMode.ordered();
        }
        return arrayModes.at(pathHere());
    }

    /** The path of the pair being compared now, as a {@link PointerPath} for the rules. */
    private PointerPath pathHere() {
        if (depth == 0) {
            return rootPath;
        }
        int known = depth - 1;
        while (frames[known].path == null) {
            known--;
        }
        for (int k = known + 1; k < depth; k++) {
            frames[k].path = child(frames[k - 1]);
        }
        return child(frames[depth - 1]);
    }

    private PointerPath child(Frame parent) {
        return parent.object ? parent.path.field(names.name(parent.segment)) : parent.path.index(parent.segment);
    }

    private void report(Operation operation, int baselineNode, int forkNode, Relevance relevance, String reason) {
        differences.add(new Difference(Section.BODY, pointer(), operation, value(baseline, baselineNode),
                value(fork, forkNode), relevance, reason));
    }

    private static JsonNode value(JsonTape tape, int node) {
        return node < 0 ? MissingNode.getInstance() : JsonTapeNodes.of(tape, node);
    }

    /** The RFC 6901 pointer of the pair being compared: the current segment of every frame. */
    private String pointer() {
        StringBuilder pointer = new StringBuilder(rootPointer);
        for (int k = 0; k < depth; k++) {
            Frame frame = frames[k];
            pointer.append('/');
            if (frame.object) {
                pointer.append(names.segment(frame.segment));
            } else {
                pointer.append(frame.segment);
            }
        }
        return pointer.toString();
    }

    /** A container pair whose children are being compared. Reused from one container to the next. */
    private static final class Frame {
        boolean object;
        int baseline;
        int fork;
        /** Where the two subtrees first differ, relative to them; -1 when not known. */
        int mismatch;
        int start;
        int end;
        int cursor;
        /** The child being compared: its field id, or its array index. */
        int segment;
        /** This container's path, built only when array rules need it. */
        PointerPath path;
    }
}
