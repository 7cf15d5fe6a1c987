package dev.sandboxtests.diff.alignment;

import dev.sandboxtests.diff.ArrayMode;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.reading.BodyKind;
import dev.sandboxtests.diff.reading.ByteSpans;
import dev.sandboxtests.diff.reading.ClassifiedBody;
import dev.sandboxtests.diff.reading.FieldNames;
import dev.sandboxtests.diff.reading.JsonTape;
import dev.sandboxtests.diff.reading.JsonTapeReader;
import dev.sandboxtests.diff.reading.PointerPath;
import dev.sandboxtests.diff.reading.ValueHashing;
import java.util.List;
import java.util.concurrent.RecursiveAction;

/**
 * Structural diff of two JSON bodies. Immutable and shared by every comparison of a
 * {@link dev.sandboxtests.diff.SmartDiff}; each call reads both bodies into {@link JsonTape}s that
 * share one {@link FieldNames} dictionary and walks them with a fresh {@link TapeComparison}.
 *
 * <p>Values are compared exactly: strings by their characters (no Unicode normalisation; escapes
 * are decoded, so {@code "\u00e9"} equals {@code "é"}), numbers as set by {@code numbersByValue}
 * (see {@link ValueHashing}). Arrays are matched in the {@link ArrayMode} the rules give their path
 * (ordered by default); see {@link ArrayAlignment} for which index a difference is reported at.
 *
 * <p>Three shortcuts keep the common cases fast, without changing any result:
 * <ul>
 *   <li>when the bodies share most of their bytes, only the fork's counterpart of the innermost
 *       baseline container around the changed bytes is read and compared ({@link ChangedRegion});</li>
 *   <li>when that container is most of the body but the changes in it are few (two items far apart
 *       in a long array, say), only its children whose bytes differ are read in the fork and
 *       compared ({@link ChangedChildren});</li>
 *   <li>otherwise, bodies of {@value #PARALLEL_BYTES} bytes or more are read at the same time, the
 *       fork on the common fork-join pool while the calling thread reads the baseline (the fork is
 *       read by the caller too when no pool thread has taken it up by then).</li>
 * </ul>
 */
public final class JsonTreeComparison {

    static final int PARALLEL_BYTES = 64 * 1024;

    private final ArrayModes arrayModes;
    private final boolean numbersByValue;
    private final boolean shortcuts;
    private final boolean orderFreeArrays;

    /**
     * @param arrayModes     how the rules pair array elements
     * @param numbersByValue whether numbers are compared by numeric value rather than as written
     */
    public JsonTreeComparison(ArrayModes arrayModes, boolean numbersByValue) {
        this(arrayModes, numbersByValue, true);
    }

    /** @param shortcuts false to always read both bodies whole, one after the other (for tests) */
    public JsonTreeComparison(ArrayModes arrayModes, boolean numbersByValue, boolean shortcuts) {
        this.arrayModes = arrayModes;
        this.numbersByValue = numbersByValue;
        this.shortcuts = shortcuts;
        this.orderFreeArrays = !arrayModes.allOrdered();
    }

    /** @return whether numbers are compared by numeric value rather than as written */
    public boolean numbersByValue() {
        return numbersByValue;
    }

    /**
     * @param baseline a body classified as {@link BodyKind#JSON}
     * @param fork     a body classified as {@link BodyKind#JSON}
     * @return the differences in document order
     * @throws dev.sandboxtests.diff.DiffException when a body is not valid JSON (the baseline's error first)
     */
    public List<Difference> compare(ClassifiedBody baseline, ClassifiedBody fork) {
        FieldNames names = new FieldNames();
        ChangedRegion region = orderFreeArrays || !shortcuts ? null : ChangedRegion.of(baseline, fork);
        boolean narrow = region != null && region.narrow();
        if (region == null || !narrow && !region.sparse()) {
            JsonTape[] tapes = readBoth(baseline, fork, names);
            return new TapeComparison(tapes[0], tapes[1], arrayModes).differences();
        }
        if (region.identical()) {
            JsonTapeReader.read(baseline, "baseline", names, numbersByValue); // still an error when invalid
            return List.of();
        }
        ByteSpans spans = new ByteSpans();
        JsonTape baselineTape = JsonTapeReader.read(baseline, "baseline", names, numbersByValue, spans);
        int[] enclosing = region.enclosingContainers(baselineTape, spans);
        List<Difference> differences = null;
        if (region.worthComparingChildByChild(spans, enclosing)) {
            differences = ChangedChildren.compare(baselineTape, spans, region, enclosing, baseline.bytes(),
                    fork.bytes(), arrayModes);
        }
        if (differences == null && narrow) {
            differences = inForkPart(region, baselineTape, spans, enclosing, names);
        }
        if (differences == null) {
            JsonTape forkTape = JsonTapeReader.read(fork, "fork", names, numbersByValue);
            return new TapeComparison(baselineTape, forkTape, arrayModes).differences();
        }
        return differences;
    }

    /** The differences within the fork's counterpart of one enclosing container, or null without one. */
    private List<Difference> inForkPart(ChangedRegion region, JsonTape baselineTape, ByteSpans spans, int[] enclosing,
                                        FieldNames names) {
        ChangedRegion.Part part = region.forkPart(baselineTape, spans, enclosing, names);
        if (part == null) {
            return null;
        }
        PointerPath path = pathOf(baselineTape, part.container());
        String noun = baselineTape.key(part.container()) >= 0 ? "field" : "element";
        return new TapeComparison(baselineTape, part.tape(), arrayModes)
                .differences(part.container(), 0, path, path.toString(), noun);
    }

    /** The baseline and the fork, read one after the other or, when both are large, at the same time. */
    private JsonTape[] readBoth(ClassifiedBody baseline, ClassifiedBody fork, FieldNames names) {
        if (!shortcuts || baseline.bytes().length < PARALLEL_BYTES || fork.bytes().length < PARALLEL_BYTES
                || Runtime.getRuntime().availableProcessors() < 2) {
            JsonTape baselineTape = JsonTapeReader.read(baseline, "baseline", names, numbersByValue);
            return new JsonTape[] {baselineTape, JsonTapeReader.read(fork, "fork", names, numbersByValue)};
        }
        // The fork gets its own dictionary (one is not thread-safe), merged into the shared one after.
        ForkRead forkRead = new ForkRead(fork, numbersByValue);
        forkRead.fork();
        JsonTape baselineTape;
        try {
            baselineTape = JsonTapeReader.read(baseline, "baseline", names, numbersByValue);
        } catch (RuntimeException | Error failure) {
            forkRead.abandon();
            throw failure;
        }
        forkRead.finish();
        if (forkRead.failure != null) {
            throw forkRead.failure;
        }
        return new JsonTape[] {baselineTape, forkRead.tape.withNames(names)};
    }

    /** The pointer of {@code node}, found by walking down from the root. */
    static PointerPath pathOf(JsonTape tape, int node) {
        PointerPath path = PointerPath.ROOT;
        int at = 0;
        while (at != node) {
            int child = at + 1;
            int index = 0;
            while (tape.next(child) <= node) {
                child = tape.next(child);
                index++;
            }
            path = tape.kind(at) == JsonTape.OBJECT
                    ? path.field(tape.names().name(tape.key(child)))
                    : path.index(index);
            at = child;
        }
        return path;
    }

    /** Reads the fork, on a pool thread or, if none has started it, on the caller's. */
    private static final class ForkRead extends RecursiveAction {

        private static final long serialVersionUID = 1L;

        private final transient ClassifiedBody body;
        private final boolean numbersByValue;
        private transient JsonTape tape;
        private transient RuntimeException failure;

        ForkRead(ClassifiedBody body, boolean numbersByValue) {
            this.body = body;
            this.numbersByValue = numbersByValue;
        }

        @Override
        protected void compute() {
            try {
                tape = JsonTapeReader.read(body, "fork", new FieldNames(), numbersByValue);
            } catch (RuntimeException failure) {
                this.failure = failure; // kept as is, so the caller throws the original exception
            }
        }

        /** Runs the read here if it has not started elsewhere, else waits for it. */
        void finish() {
            if (tryUnfork()) {
                invoke();
            } else {
                join();
            }
        }

        /** Drops the read if it has not started, else waits for it, so no work outlives the call. */
        void abandon() {
            if (!tryUnfork()) {
                quietlyJoin();
            }
        }
    }
}
