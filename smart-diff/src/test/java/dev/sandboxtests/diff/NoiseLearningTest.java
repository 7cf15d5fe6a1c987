package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sandboxtests.diff.assertj.SmartDiffAssertions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Diffy's method: what differs between baseline samples of the same request is noise. */
class NoiseLearningTest {

    /** Format recognition off, so that only learned noise can demote a difference. */
    private static final SmartDiff ENGINE = SmartDiff.builder().recognizeFormats(false).build();

    private static BehaviorDiff compare(List<String> baselineSamples, String fork) {
        return ENGINE.compare(baselineSamples.stream().map(json -> Capture.json(200, json)).toList(),
                Capture.json(200, fork));
    }

    private static Difference at(BehaviorDiff diff, String location) {
        return diff.at(location).orElseThrow(() -> new AssertionError("no difference at " + location + ": " + diff));
    }

    @Test
    void aValueThatVariesBetweenTwoSamplesIsLowWithTheEvidence() {
        BehaviorDiff diff = compare(List.of(
                        "{\"generatedAt\":\"2026-11-22T10:00:01Z\",\"total\":100}",
                        "{\"generatedAt\":\"2026-11-22T10:00:02Z\",\"total\":100}"),
                "{\"generatedAt\":\"2026-11-22T10:00:03Z\",\"total\":90}");

        Difference generatedAt = at(diff, "/generatedAt");
        assertThat(generatedAt.relevance()).isEqualTo(Relevance.LOW);
        assertThat(generatedAt.reason()).isEqualTo(
                "noise: differs between baseline samples too (\"2026-11-22T10:00:01Z\" vs \"2026-11-22T10:00:02Z\")");
        assertThat(diff.baselineSamples()).isEqualTo(2);
    }

    @Test
    void aChangeOnAStableFieldStaysMedium() {
        BehaviorDiff diff = compare(List.of(
                        "{\"generatedAt\":\"a1\",\"total\":100}",
                        "{\"generatedAt\":\"a2\",\"total\":100}"),
                "{\"generatedAt\":\"a3\",\"total\":90}");

        Difference total = at(diff, "/total");
        assertThat(total.relevance()).isEqualTo(Relevance.MEDIUM);
        assertThat(total.reason()).isEqualTo("value changed");
        assertThat(diff.relevantDifferences()).containsExactly(total);
    }

    @Test
    void withoutSamplesTheSameChangeIsMedium() {
        BehaviorDiff diff = compare(List.of("{\"generatedAt\":\"a1\"}"), "{\"generatedAt\":\"a3\"}");

        assertThat(at(diff, "/generatedAt").relevance()).isEqualTo(Relevance.MEDIUM);
        assertThat(diff.baselineSamples()).isEqualTo(1);
    }

    @Test
    void withThreeSamplesAVariationBetweenTheFirstAndTheThirdCounts() {
        BehaviorDiff diff = compare(List.of(
                        "{\"cache\":\"hit\",\"ts\":\"t1\"}",
                        "{\"cache\":\"hit\",\"ts\":\"t2\"}",
                        "{\"cache\":\"miss\",\"ts\":\"t3\"}"),
                "{\"cache\":\"miss\",\"ts\":\"t4\"}");

        assertThat(at(diff, "/cache").relevance()).isEqualTo(Relevance.LOW);
        assertThat(at(diff, "/cache").reason()).isEqualTo("noise: differs between baseline samples too (\"hit\" vs \"miss\")");
        assertThat(at(diff, "/ts").reason()).isEqualTo("noise: differs between baseline samples too (\"t1\" vs \"t2\")");
        assertThat(diff.baselineSamples()).isEqualTo(3);
        assertThat(diff.hasRelevantChanges()).isFalse();
    }

    @Test
    void arrayIndicesAreGeneralisedSoEveryElementLearnsFromOne() {
        BehaviorDiff diff = compare(List.of(
                        "{\"items\":[{\"sku\":\"A\",\"seenAt\":\"1\"},{\"sku\":\"B\",\"seenAt\":\"1\"}]}",
                        "{\"items\":[{\"sku\":\"A\",\"seenAt\":\"2\"},{\"sku\":\"B\",\"seenAt\":\"1\"}]}"),
                "{\"items\":[{\"sku\":\"A\",\"seenAt\":\"1\"},{\"sku\":\"B\",\"seenAt\":\"3\"}]}");

        Difference seenAt = at(diff, "/items/1/seenAt");
        assertThat(seenAt.relevance()).isEqualTo(Relevance.LOW);
        assertThat(seenAt.reason()).isEqualTo("noise: differs between baseline samples too (\"1\" vs \"2\" at /items/0/seenAt)");
        assertThat(diff.differences()).containsExactly(seenAt);
    }

    @Test
    void aFieldPresentInEverySampleButMissingInTheForkIsNotNoise() {
        BehaviorDiff diff = compare(List.of("{\"ts\":\"t1\"}", "{\"ts\":\"t2\"}"), "{}");

        Difference ts = at(diff, "/ts");
        assertThat(ts.operation()).isEqualTo(Operation.REMOVED);
        assertThat(ts.relevance()).isEqualTo(Relevance.HIGH);
        assertThat(ts.reason()).isEqualTo("field missing in fork");
    }

    @Test
    void aFieldPresentInSomeSamplesOnlyMayBeMissingOrAddedInTheFork() {
        BehaviorDiff added = compare(List.of("{}", "{\"debug\":\"x\"}"), "{\"debug\":\"y\"}");
        BehaviorDiff removed = compare(List.of("{\"debug\":\"x\"}", "{}"), "{\"other\":1}");

        assertThat(at(added, "/debug").operation()).isEqualTo(Operation.ADDED);
        assertThat(at(added, "/debug").relevance()).isEqualTo(Relevance.LOW);
        assertThat(at(added, "/debug").reason())
                .isEqualTo("noise: present in some baseline samples only ((absent) vs \"x\")");
        assertThat(at(removed, "/debug").operation()).isEqualTo(Operation.REMOVED);
        assertThat(at(removed, "/debug").relevance()).isEqualTo(Relevance.LOW);
        assertThat(at(removed, "/other").relevance()).isEqualTo(Relevance.HIGH);
    }

    @Test
    void anArrayWhoseLengthVariesBetweenSamplesMayLoseElementsInTheFork() {
        BehaviorDiff diff = compare(List.of("{\"feed\":[1,2,3]}", "{\"feed\":[1,2,3,4]}"), "{\"feed\":[1,2]}");

        assertThat(at(diff, "/feed/2").operation()).isEqualTo(Operation.REMOVED);
        assertThat(at(diff, "/feed/2").relevance()).isEqualTo(Relevance.LOW);
    }

    @Test
    void aValueChangeIsNotNoiseWhereTheSamplesOnlyDisagreedOnPresence() {
        BehaviorDiff diff = compare(List.of("{\"debug\":\"x\"}", "{}"), "{\"debug\":\"y\"}");

        assertThat(at(diff, "/debug").relevance()).isEqualTo(Relevance.MEDIUM);
    }

    @Test
    void aTypeChangeIsNoiseOnlyWhenTheSamplesShowedBothTypes() {
        List<String> samples = List.of("{\"expiresAt\":\"2026\"}", "{\"expiresAt\":null}");

        Difference toNull = at(compare(samples, "{\"expiresAt\":null}"), "/expiresAt");
        Difference toNumber = at(compare(samples, "{\"expiresAt\":2026}"), "/expiresAt");

        assertThat(toNull.relevance()).isEqualTo(Relevance.LOW);
        assertThat(toNull.reason()).isEqualTo("noise: its type differs between baseline samples too (\"2026\" vs null)");
        assertThat(toNumber.operation()).isEqualTo(Operation.TYPE_CHANGED);
        assertThat(toNumber.relevance()).isEqualTo(Relevance.HIGH);
    }

    @Test
    void everythingBelowALocationWhoseTypeVariesIsNoise() {
        BehaviorDiff diff = compare(List.of("{\"meta\":{\"a\":1}}", "{\"meta\":\"none\"}"),
                "{\"meta\":{\"a\":2,\"b\":3}}");

        assertThat(diff.differences()).extracting(Difference::location).containsExactly("/meta/a", "/meta/b");
        assertThat(diff.differences()).allSatisfy(d -> {
            assertThat(d.relevance()).isEqualTo(Relevance.LOW);
            assertThat(d.reason()).isEqualTo("noise: /meta changes type between baseline samples ({\"a\":1} vs \"none\")");
        });
    }

    private static Capture html(String page) {
        return Capture.of(200, Map.of("content-type", List.of("text/html")), page.getBytes(StandardCharsets.UTF_8));
    }

    private static Capture text(String text) {
        return Capture.of(200, Map.of("content-type", List.of("text/plain")), text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNoisyLineOfATextBodyDoesNotHideAChangeOnAStableLine() {
        BehaviorDiff diff = SmartDiff.defaults().compare(
                List.of(html("<p>\nRated 4.33\n<hr>\nat 111\n</p>\n"), html("<p>\nRated 4.33\n<hr>\nat 222\n</p>\n")),
                html("<p>\nRated 4.3\n<hr>\nat 333\n</p>\n"));

        Difference rating = at(diff, "(body)#L2");
        assertThat(rating.relevance()).isEqualTo(Relevance.MEDIUM);
        assertThat(rating.reason()).isEqualTo("line changed (fork line 2)");
        Difference timestamp = at(diff, "(body)#L4");
        assertThat(timestamp.relevance()).isEqualTo(Relevance.LOW);
        assertThat(timestamp.reason()).isEqualTo("noise: differs between baseline samples too (\"at 111\" vs \"at 222\")");
        assertThat(diff.relevantDifferences()).containsExactly(rating);
        assertThatThrownBy(() -> SmartDiffAssertions.assertThat(diff).hasNoRelevantChanges())
                .hasMessageContaining("CHANGED (body)#L2: \"Rated 4.33\" → \"Rated 4.3\" [MEDIUM: line changed (fork line 2)]");
    }

    @Test
    void aLineThatVariesIsNoiseWhereverTheSamplesAndTheForkDifferOnlyThere() {
        BehaviorDiff diff = ENGINE.compare(List.of(text("generated at 10:00:01"), text("generated at 10:00:02")),
                text("generated at 10:00:03"));

        assertThat(diff.differences()).singleElement().satisfies(line -> {
            assertThat(line.location()).isEqualTo("(body)#L1");
            assertThat(line.relevance()).isEqualTo(Relevance.LOW);
            assertThat(line.reason()).isEqualTo(
                    "noise: differs between baseline samples too (\"generated at 10:00:01\" vs \"generated at 10:00:02\")");
        });
    }

    @Test
    void aChangedLineNextToANoisyOneIsReportedOnItsOwnAndStaysMedium() {
        BehaviorDiff diff = ENGINE.compare(List.of(text("total 100\nat 1\nend"), text("total 100\nat 2\nend")),
                text("total 90\nat 3\nend"));

        assertThat(diff.differences()).extracting(Difference::location, Difference::relevance)
                .containsExactly(tuple("(body)#L1", Relevance.MEDIUM), tuple("(body)#L2", Relevance.LOW));
    }

    @Test
    void aRunOfLinesIsNoiseOnlyWhenEveryOneOfItsLinesVaried() {
        List<Capture> samples = List.of(text("a\nat 1\nb\nc"), text("a\nat 2\nb\nc"));

        BehaviorDiff noisyOnly = ENGINE.compare(samples, text("a\nat 3\nat 3 again\nb\nc"));
        BehaviorDiff withAStableLine = ENGINE.compare(samples, text("a\nat 3\nb2\nb3\nc"));

        assertThat(noisyOnly.differences()).extracting(Difference::location, Difference::relevance)
                .containsExactly(tuple("(body)#L2", Relevance.LOW));
        assertThat(withAStableLine.differences()).extracting(Difference::location, Difference::relevance)
                .containsExactly(tuple("(body)#L2-L3", Relevance.MEDIUM));
    }

    @Test
    void linesAddedOrMissingInSomeSamplesMayBeAddedOrMissingInTheForkThereButNowhereElse() {
        List<Capture> samples = List.of(text("head\nbody\ntail"), text("head\ndebug: cache miss\nbody\ntail"));

        BehaviorDiff addedThere = ENGINE.compare(samples, text("head\ndebug: slow\nbody\ntail"));
        BehaviorDiff addedElsewhere = ENGINE.compare(samples, text("head\nbody\ndebug: slow\ntail"));
        BehaviorDiff removed = ENGINE.compare(List.of(text("head\ndebug\nbody"), text("head\nbody")), text("head\nbody"));

        assertThat(at(addedThere, "(body)#L2").relevance()).isEqualTo(Relevance.LOW);
        assertThat(at(addedThere, "(body)#L2").reason())
                .isEqualTo("noise: some baseline samples have extra lines there too ((absent) vs \"debug: cache miss\")");
        assertThat(at(addedElsewhere, "(body)#L3").operation()).isEqualTo(Operation.ADDED);
        assertThat(at(addedElsewhere, "(body)#L3").relevance()).isEqualTo(Relevance.MEDIUM);
        assertThat(at(removed, "(body)#L2").relevance()).isEqualTo(Relevance.LOW);
        assertThat(at(removed, "(body)#L2").reason())
                .isEqualTo("noise: missing from some baseline samples too (\"debug\" vs (absent))");
    }

    @Test
    void aTextLineMissingInTheForkIsNotNoiseBecauseItsValueVaried() {
        BehaviorDiff diff = ENGINE.compare(List.of(text("a\nat 1\nb"), text("a\nat 2\nb")), text("a\nb"));

        assertThat(at(diff, "(body)#L2").operation()).isEqualTo(Operation.REMOVED);
        assertThat(at(diff, "(body)#L2").relevance()).isEqualTo(Relevance.MEDIUM);
    }

    @Test
    void everyLineIsNoiseWhenTheBodyIsJsonInOneSampleAndTextInAnother() {
        BehaviorDiff diff = ENGINE.compare(List.of(text("ok\n1"), Capture.json(200, "{\"ok\":1}")), text("ok\n2"));

        assertThat(at(diff, "(body)#L2").relevance()).isEqualTo(Relevance.LOW);
        assertThat(at(diff, "(body)#L2").reason()).startsWith("noise: (body) changes type between baseline samples");
    }

    @Test
    void aSampleThatIsNotValidJsonIsReportedAsASample() {
        assertThatThrownBy(() -> compare(List.of("{\"a\":1}", "{\"a\":"), "{\"a\":2}"))
                .isInstanceOf(DiffException.class)
                .hasMessageStartingWith("Baseline sample 2 of 2 could not be compared with baseline sample 1 to learn"
                        + " noise (below, \"baseline\" is sample 1 and \"fork\" is sample 2): The fork body is not"
                        + " valid JSON");
    }

    @Test
    void samplesThatDoNotDifferTeachNothing() {
        BehaviorDiff diff = compare(List.of("{\"a\":1}", "{\"a\":1}", "{\"a\":1}"), "{\"a\":2}");

        assertThat(at(diff, "/a").relevance()).isEqualTo(Relevance.MEDIUM);
    }
}
