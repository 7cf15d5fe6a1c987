package dev.sandboxtests.diff.alignment;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.sandboxtests.diff.ArrayMode;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.reading.ByteSpans;
import dev.sandboxtests.diff.reading.ClassifiedBody;
import dev.sandboxtests.diff.reading.FieldNames;
import dev.sandboxtests.diff.reading.JsonTape;
import dev.sandboxtests.diff.reading.JsonTapeReader;
import dev.sandboxtests.diff.reading.PointerPath;
import java.util.List;
import java.util.Optional;

/** Comparisons of two JSON texts by each path of {@link JsonTreeComparison}, for the tests. */
final class SparseDocuments {

    /** No array rules: every array ordered, as the shortcuts require. */
    static final ArrayModes ORDERED = new ArrayModes() {
        @Override
        public ArrayMode at(PointerPath path) {
            return ArrayMode.ordered();
        }

        @Override
        public boolean mayMatchAtDepth(int depth) {
            return false;
        }

        @Override
        public boolean allOrdered() {
            return true;
        }
    };

    private SparseDocuments() {
    }

    static ClassifiedBody body(String json, String side) {
        return ClassifiedBody.of(json.getBytes(UTF_8), Optional.of("application/json"), side);
    }

    /** The differences with every shortcut, as a {@link dev.sandboxtests.diff.SmartDiff} finds them. */
    static List<Difference> withShortcuts(String baseline, String fork, boolean numbersByValue) {
        return new JsonTreeComparison(ORDERED, numbersByValue, true)
                .compare(body(baseline, "baseline"), body(fork, "fork"));
    }

    /** The differences from reading both bodies whole: what every shortcut must give. */
    static List<Difference> whole(String baseline, String fork, boolean numbersByValue) {
        return new JsonTreeComparison(ORDERED, numbersByValue, false)
                .compare(body(baseline, "baseline"), body(fork, "fork"));
    }

    /**
     * The differences {@link ChangedChildren} finds in the innermost container around the changed
     * bytes, however wide or dense the change, or {@code null} when it leaves the fork to be read whole.
     */
    static List<Difference> childByChild(String baseline, String fork, boolean numbersByValue) {
        ClassifiedBody baselineBody = body(baseline, "baseline");
        ClassifiedBody forkBody = body(fork, "fork");
        ChangedRegion region = ChangedRegion.of(baselineBody, forkBody);
        ByteSpans spans = new ByteSpans();
        JsonTape tape = JsonTapeReader.read(baselineBody, "baseline", new FieldNames(), numbersByValue, spans);
        return ChangedChildren.compare(tape, spans, region, region.enclosingContainers(tape, spans),
                baselineBody.bytes(), forkBody.bytes(), ORDERED);
    }

    /** Whether the shortcuts try {@link ChangedChildren} on these bodies (the baseline must be valid). */
    static boolean triesChildByChild(String baseline, String fork) {
        ClassifiedBody baselineBody = body(baseline, "baseline");
        ChangedRegion region = ChangedRegion.of(baselineBody, body(fork, "fork"));
        if (region.identical()) {
            return false;
        }
        ByteSpans spans = new ByteSpans();
        JsonTape tape = JsonTapeReader.read(baselineBody, "baseline", new FieldNames(), false, spans);
        return region.worthComparingChildByChild(spans, region.enclosingContainers(tape, spans));
    }

    /** An order as an API would list it, about 300 bytes; {@code note} may hold any text. */
    static String item(int id, String status, int quantity, String note) {
        return "{\"id\":" + id + ",\"number\":\"ORD-" + (100_000 + id) + "\",\"customer\":{\"id\":\"c-" + (id * 7)
                + "\",\"name\":\"Customer " + id + "\"},\"status\":\"" + status + "\",\"amount\":" + (id * 3) + ".50"
                + ",\"quantity\":" + quantity + ",\"createdAt\":\"2026-12-06T09:" + String.format("%02d", id % 60)
                + ":00.000Z\",\"tags\":[\"t" + (id % 3) + "\",\"t" + (id % 5) + "\"],\"lines\":[{\"sku\":\"SKU-"
                + id + "\",\"qty\":" + quantity + "}],\"note\":\"" + note + "\"}";
    }

    static String defaultItem(int id) {
        return item(id, "PAID", id % 4 + 1, "note " + id);
    }

    /** {@code {"page":1,"items":[…]}} with the given items. */
    static String payload(List<String> items) {
        return "{\"page\":1,\"items\":[" + String.join(",", items) + "],\"total\":" + items.size() + "}";
    }
}
