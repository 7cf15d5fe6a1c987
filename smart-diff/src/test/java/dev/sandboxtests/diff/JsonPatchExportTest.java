package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.flipkart.zjsonpatch.JsonPatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPatchExportTest {

    private static ArrayNode patch(String baseline, String fork) {
        return JsonPatchExport.toPatch(SmartDiff.defaults().compare(Capture.json(200, baseline),
                Capture.json(200, fork)));
    }

    private static void assertPatchTurns(String baseline, String fork) {
        JsonNode patched = JsonPatch.apply(patch(baseline, fork), RandomJson.parse(baseline));

        assertThat(RandomJson.same(patched, RandomJson.parse(fork))).as("patched: %s", patched).isTrue();
    }

    @Test
    void eachOperationBecomesItsPatchOperation() {
        ArrayNode patch = patch("{\"a\":1,\"b\":2,\"c\":\"x\"}", "{\"a\":2,\"c\":3,\"d\":[true]}");

        assertThat(patch).hasToString("[{\"op\":\"replace\",\"path\":\"/a\",\"value\":2},"
                + "{\"op\":\"remove\",\"path\":\"/b\"},"
                + "{\"op\":\"replace\",\"path\":\"/c\",\"value\":3},"
                + "{\"op\":\"add\",\"path\":\"/d\",\"value\":[true]}]");
    }

    @Test
    void removedElementsAreRemovedAtTheirIndexWhenTheOperationApplies() {
        // Reported at baseline indices 1 and 3; after the first remove, the second element is at 2.
        assertThat(patch("[0,1,2,3,4]", "[0,2,4]")).hasToString(
                "[{\"op\":\"remove\",\"path\":\"/1\"},{\"op\":\"remove\",\"path\":\"/2\"}]");
        assertPatchTurns("[0,1,2,3,4]", "[0,2,4]");
    }

    @Test
    void insertionsAndRemovalsInOneArrayAndChangesInsideItApplyInOrder() {
        assertPatchTurns("{\"items\":[{\"id\":1,\"q\":1},{\"id\":2,\"q\":1},{\"id\":3,\"q\":1},{\"id\":4,\"q\":[1,2]}]}",
                "{\"items\":[{\"id\":0,\"q\":0},{\"id\":1,\"q\":1},{\"id\":3,\"q\":2},{\"id\":4,\"q\":[2,3]},5]}");
    }

    @Test
    void fieldsNamedLikeIndexesAreNotShifted() {
        assertThat(patch("{\"0\":1,\"1\":2}", "{}")).hasToString(
                "[{\"op\":\"remove\",\"path\":\"/0\"},{\"op\":\"remove\",\"path\":\"/1\"}]");
    }

    @Test
    void escapedKeysStayEscapedInPatchPaths() {
        assertPatchTurns("{\"a/b\":{\"~\":[1]}}", "{\"a/b\":{\"~\":[2,1]}}");
    }

    @Test
    void aWholeBodyDifferenceReplacesTheDocument() {
        assertThat(patch("{\"a\":1}", "[1]")).hasToString("[{\"op\":\"replace\",\"path\":\"\",\"value\":[1]}]");
    }

    @Test
    void equalBodiesGiveAnEmptyPatchAndOtherSectionsAreLeftOut() {
        BehaviorDiff diff = SmartDiff.defaults().compare(Capture.json(200, "{\"a\":1}"),
                Capture.of(500, Map.of("content-type", List.of("application/json"), "x-new", List.of("1")),
                        "{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(JsonPatchExport.toPatch(diff)).isEmpty();
    }

    @Test
    void changedLinesOfATextBodyReplaceTheWholeDocumentWithTheForkText() {
        Capture baseline = Capture.of(200, Map.of("content-type", List.of("text/plain")), "a\nb\nc".getBytes());
        Capture fork = Capture.of(200, Map.of("content-type", List.of("text/plain")), "a\nB\nc\nd".getBytes());

        ArrayNode patch = JsonPatchExport.toPatch(SmartDiff.defaults().compare(baseline, fork));

        assertThat(patch).hasToString("[{\"op\":\"replace\",\"path\":\"\",\"value\":\"a\\nB\\nc\\nd\"}]");
    }
}
