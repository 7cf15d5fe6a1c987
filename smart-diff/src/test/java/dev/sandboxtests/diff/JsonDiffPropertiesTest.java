package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.flipkart.zjsonpatch.JsonPatch;
import dev.sandboxtests.diff.alignment.JsonTreeComparison;
import dev.sandboxtests.diff.reading.ClassifiedBody;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the JSON comparison on random documents and random edits of them. The patch property
 * checks the differences with an independent RFC 6902 implementation (zjsonpatch), not with our own.
 */
class JsonDiffPropertiesTest {

    private static final SmartDiff ENGINE = SmartDiff.defaults();
    private static final SmartDiff UNORDERED = SmartDiff.builder()
            .rules(DiffRules.builder().unordered("/**").build())
            .build();

    @Provide
    Arbitrary<JsonNode> documents() {
        return RandomJson.documents(3);
    }

    @Provide
    Arbitrary<List<RandomJson.Edit>> edits() {
        return RandomJson.edits();
    }

    private static BehaviorDiff diff(SmartDiff engine, JsonNode baseline, JsonNode fork) {
        return engine.compare(Capture.json(200, RandomJson.text(baseline)), Capture.json(200, RandomJson.text(fork)));
    }

    @Property(tries = 300)
    void aDocumentDoesNotDifferFromItself(@ForAll("documents") JsonNode document) {
        assertThat(diff(ENGINE, document, document).differences()).isEmpty();
    }

    @Property(tries = 300)
    void fieldOrderDoesNotMatter(@ForAll("documents") JsonNode document, @ForAll long seed) {
        assertThat(diff(ENGINE, document, RandomJson.reordered(document, seed, false)).differences()).isEmpty();
    }

    @Property(tries = 500)
    void thePatchOfAnEditTurnsTheBaselineIntoTheFork(@ForAll("documents") JsonNode baseline,
                                                     @ForAll("edits") List<RandomJson.Edit> edits) {
        assertPatchWorks(baseline, RandomJson.edited(baseline, edits));
    }

    @Property(tries = 300)
    void thePatchBetweenUnrelatedDocumentsTurnsTheBaselineIntoTheFork(@ForAll("documents") JsonNode baseline,
                                                                     @ForAll("documents") JsonNode fork) {
        assertPatchWorks(baseline, fork);
    }

    private static void assertPatchWorks(JsonNode baseline, JsonNode fork) {
        BehaviorDiff diff = diff(ENGINE, baseline, fork);
        ArrayNode patch = JsonPatchExport.toPatch(diff);
        // Read back from text, as the engine saw them: a decimal of scale 0 is written as an integer.
        JsonNode baselineRead = RandomJson.parse(RandomJson.text(baseline));
        JsonNode forkRead = RandomJson.parse(RandomJson.text(fork));

        JsonNode patched = JsonPatch.apply(patch, baselineRead);

        assertThat(RandomJson.same(patched, forkRead)).as("baseline %s patched with %s is %s, fork is %s",
                baselineRead, patch, patched, forkRead).isTrue();
        assertThat(diff.isEmpty()).as("no differences between %s and %s", baselineRead, forkRead)
                .isEqualTo(RandomJson.same(baselineRead, forkRead));
    }

    @Property(tries = 500)
    void swappingSidesSwapsAddedAndRemoved(@ForAll("documents") JsonNode baseline,
                                           @ForAll("edits") List<RandomJson.Edit> edits) {
        JsonNode fork = RandomJson.edited(baseline, edits);

        List<String> forward = diff(ENGINE, baseline, fork).differences().stream()
                .map(d -> describe(swap(d.operation()), d.path(), d.fork(), d.baseline())).toList();
        List<String> backward = diff(ENGINE, fork, baseline).differences().stream()
                .map(d -> describe(d.operation(), d.path(), d.baseline(), d.fork())).toList();

        assertThat(backward).containsExactlyInAnyOrderElementsOf(forward);
    }

    /** The operation with both values; array indices are left out, they are each side's own. */
    private static String describe(Operation operation, String path, JsonNode baseline, JsonNode fork) {
        return operation + " " + path.replaceAll("/[0-9]+", "/#") + " " + baseline + " → " + fork;
    }

    private static Operation swap(Operation operation) {
        return switch (operation) {
            case ADDED -> Operation.REMOVED;
            case REMOVED -> Operation.ADDED;
            default -> operation;
        };
    }

    @Property(tries = 500)
    void theShortcutsGiveTheSameDifferencesAsReadingBothBodiesWhole(@ForAll("documents") JsonNode baseline,
                                                                   @ForAll("edits") List<RandomJson.Edit> edits) {
        JsonNode fork = RandomJson.edited(baseline, edits);
        ClassifiedBody baselineBody = Capture.json(200, RandomJson.text(baseline)).classifiedBody("baseline");
        ClassifiedBody forkBody = Capture.json(200, RandomJson.text(fork)).classifiedBody("fork");
        ArrayRules ordered = new ArrayRules(List.of());

        List<Difference> withShortcuts = new JsonTreeComparison(ordered, false, true).compare(baselineBody, forkBody);
        List<Difference> whole = new JsonTreeComparison(ordered, false, false).compare(baselineBody, forkBody);

        assertThat(withShortcuts).isEqualTo(whole);
    }

    @Property(tries = 300)
    void unorderedArraysDoNotDifferWhenShuffled(@ForAll("documents") JsonNode document, @ForAll long seed) {
        assertThat(diff(UNORDERED, document, RandomJson.reordered(document, seed, true)).differences()).isEmpty();
    }

    @Property(tries = 300)
    void unorderedArraysDifferExactlyWhenTheirMultisetsDiffer(@ForAll("documents") JsonNode baseline,
                                                             @ForAll("edits") List<RandomJson.Edit> edits,
                                                             @ForAll long seed) {
        JsonNode fork = RandomJson.edited(baseline, edits);
        BehaviorDiff diff = diff(UNORDERED, baseline, RandomJson.reordered(fork, seed, true));

        assertThat(diff.isEmpty()).isEqualTo(diff(UNORDERED, baseline, fork).isEmpty());
    }
}
