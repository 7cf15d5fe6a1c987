package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ignore and expect rules, and their precedence over learned noise, formats and the defaults. */
class RulesTest {

    private static BehaviorDiff compare(DiffRules rules, String baseline, String fork) {
        return SmartDiff.builder().rules(rules).build().compare(Capture.json(200, baseline), Capture.json(200, fork));
    }

    @Test
    void ignoredDifferencesAreDroppedAndCounted() {
        DiffRules rules = DiffRules.builder().ignore("/generatedAt").ignore("/debug").ignore("status").build();

        BehaviorDiff diff = SmartDiff.builder().rules(rules).build().compare(
                Capture.json(200, "{\"generatedAt\":1,\"debug\":{\"a\":1,\"b\":2},\"total\":100}"),
                Capture.json(500, "{\"generatedAt\":2,\"debug\":{\"a\":3,\"b\":4},\"total\":90}"));

        assertThat(diff.differences()).extracting(Difference::location).containsExactly("/total");
        assertThat(diff.ignoredCount()).isEqualTo(4);
        assertThat(diff.toString()).endsWith("\n(4 differences ignored by rules)");
    }

    @Test
    void anEmptyDiffSaysHowManyDifferencesWereIgnored() {
        BehaviorDiff diff = compare(DiffRules.builder().ignore("/**").build(), "{\"a\":1}", "{\"a\":2}");

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.ignoredCount()).isEqualTo(1);
        assertThat(diff).hasToString("no differences (1 difference ignored by rules)");
    }

    @Test
    void ignoreRulesMatchWildcardsAndHeaders() {
        DiffRules rules = DiffRules.builder().ignore("/items/*/updatedAt").ignore("header:X-Cache").build();
        BehaviorDiff diff = SmartDiff.builder().rules(rules).build().compare(
                Capture.of(200, Map.of("x-cache", List.of("HIT")),
                        "[{\"updatedAt\":1,\"n\":1}]".getBytes(StandardCharsets.UTF_8)),
                Capture.of(200, Map.of("x-cache", List.of("MISS")),
                        "[{\"updatedAt\":2,\"n\":2}]".getBytes(StandardCharsets.UTF_8)));

        // The pattern is /items/*/updatedAt but the body is an array at the root: only the header is ignored.
        assertThat(diff.differences()).extracting(Difference::location).containsExactly("/0/updatedAt", "/0/n");
        assertThat(diff.ignoredCount()).isEqualTo(1);
    }

    @Test
    void anExpectedChangeTheCheckAcceptsIsLow() {
        DiffRules rules = DiffRules.builder()
                .expect("/total", (baseline, fork) -> fork.asLong() < baseline.asLong(), "the total goes down")
                .build();

        BehaviorDiff diff = compare(rules, "{\"total\":100}", "{\"total\":90}");

        Difference total = diff.at("/total").orElseThrow();
        assertThat(total.relevance()).isEqualTo(Relevance.LOW);
        assertThat(total.reason()).isEqualTo("expected: the total goes down");
        assertThat(diff.unmetExpectations()).isEmpty();
    }

    @Test
    void anExpectedChangeTheCheckRejectsIsHigh() {
        DiffRules rules = DiffRules.builder()
                .expect("/total", (baseline, fork) -> fork.asLong() < baseline.asLong(), "the total goes down")
                .build();

        BehaviorDiff diff = compare(rules, "{\"total\":100}", "{\"total\":110}");

        Difference total = diff.at("/total").orElseThrow();
        assertThat(total.relevance()).isEqualTo(Relevance.HIGH);
        assertThat(total.reason()).isEqualTo("expected the total goes down, but the check rejected 100 → 110");
        assertThat(diff.unmetExpectations()).isEmpty();
    }

    @Test
    void anExpectationNoDifferenceCoversIsUnmet() {
        DiffRules rules = DiffRules.builder()
                .expect("/total", ExpectedChange.any(), "a new total")
                .expect("/currency")
                .build();

        BehaviorDiff diff = compare(rules, "{\"total\":100,\"currency\":\"EUR\"}", "{\"total\":100,\"currency\":\"USD\"}");

        assertThat(diff.unmetExpectations()).extracting(DiffRules.Expect::description).containsExactly("a new total");
        assertThat(diff.at("/currency").orElseThrow().reason()).isEqualTo("expected: any change");
        assertThat(diff.toString()).endsWith("\nexpected change did not happen: /total (a new total)");
    }

    @Test
    void anExpectationAtAParentChecksEachChangeBelowIt() {
        DiffRules rules = DiffRules.builder()
                .expect("/price", (baseline, fork) -> fork.isNumber(), "prices stay numbers")
                .build();

        BehaviorDiff diff = compare(rules, "{\"price\":{\"net\":10,\"gross\":12}}", "{\"price\":{\"net\":9,\"gross\":\"x\"}}");

        assertThat(diff.at("/price/net").orElseThrow().relevance()).isEqualTo(Relevance.LOW);
        assertThat(diff.at("/price/gross").orElseThrow().relevance()).isEqualTo(Relevance.HIGH);
    }

    @Test
    void anyCoveringExpectationThatAcceptsTheChangeWins() {
        DiffRules rules = DiffRules.builder()
                .expect("/total", (baseline, fork) -> false, "never")
                .expect("/**", (baseline, fork) -> true, "anything")
                .build();

        assertThat(compare(rules, "{\"total\":1}", "{\"total\":2}").at("/total").orElseThrow().reason())
                .isEqualTo("expected: anything");
    }

    @Test
    void aMissingValueIsGivenToTheCheckAsAMissingNode() {
        DiffRules rules = DiffRules.builder()
                .expect("/coupon", (baseline, fork) -> baseline.isMissingNode() && fork.asText().equals("SPRING"),
                        "a coupon is added")
                .build();

        assertThat(compare(rules, "{}", "{\"coupon\":\"SPRING\"}").at("/coupon").orElseThrow().relevance())
                .isEqualTo(Relevance.LOW);
    }

    @Test
    void aCheckThatThrowsIsReportedWithItsExpectation() {
        DiffRules rules = DiffRules.builder()
                .expect("/total", (baseline, fork) -> {
                    throw new IllegalStateException("boom");
                }, "the total goes down")
                .build();

        assertThatThrownBy(() -> compare(rules, "{\"total\":1}", "{\"total\":2}"))
                .isInstanceOf(DiffException.class)
                .hasMessageContaining("The check of the expected change at /total (\"the total goes down\") threw"
                        + " java.lang.IllegalStateException: boom")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void precedenceIsIgnoreThenExpectThenNoiseThenFormatThenDefault() {
        String uuid1 = "\"3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b\"";
        String uuid2 = "\"a81bc81b-dead-4e5d-abff-90865d1e13b1\"";
        String uuid3 = "\"01890a5d-ac96-774b-bcce-b302099a8057\"";
        String sample1 = "{\"ignored\":" + uuid1 + ",\"expected\":" + uuid1 + ",\"noisy\":" + uuid1
                + ",\"formatted\":" + uuid1 + ",\"plain\":1}";
        String sample2 = "{\"ignored\":" + uuid2 + ",\"expected\":" + uuid2 + ",\"noisy\":" + uuid2
                + ",\"formatted\":" + uuid1 + ",\"plain\":1}";
        String fork = "{\"ignored\":" + uuid3 + ",\"expected\":" + uuid3 + ",\"noisy\":" + uuid3
                + ",\"formatted\":" + uuid3 + ",\"plain\":2}";
        SmartDiff engine = SmartDiff.builder()
                .rules(DiffRules.builder().ignore("/ignored").expect("/expected", ExpectedChange.any(), "a new id")
                        .build())
                .build();

        BehaviorDiff diff = engine.compare(List.of(Capture.json(200, sample1), Capture.json(200, sample2)),
                Capture.json(200, fork));

        assertThat(diff.ignoredCount()).isEqualTo(1);
        assertThat(diff.differences()).extracting(Difference::location, Difference::relevance, Difference::reason)
                .containsExactly(
                        tuple("/expected", Relevance.LOW, "expected: a new id"),
                        tuple("/noisy", Relevance.LOW,
                                "noise: differs between baseline samples too (" + uuid1 + " vs " + uuid2 + ")"),
                        tuple("/formatted", Relevance.LOW,
                                "both values are UUIDs: a value-only change of a recognised format"),
                        tuple("/plain", Relevance.MEDIUM, "value changed"));
    }

    @Test
    void aRejectedExpectationIsHighEvenWhereTheValueIsNoise() {
        SmartDiff engine = SmartDiff.builder()
                .rules(DiffRules.builder().expect("/ts", (baseline, fork) -> false, "a frozen clock").build())
                .build();

        BehaviorDiff diff = engine.compare(List.of(Capture.json(200, "{\"ts\":1}"), Capture.json(200, "{\"ts\":2}")),
                Capture.json(200, "{\"ts\":3}"));

        assertThat(diff.at("/ts").orElseThrow().relevance()).isEqualTo(Relevance.HIGH);
    }

    @Test
    void rulesFromTheBuilderAddUp() {
        SmartDiff engine = SmartDiff.builder()
                .rules(DiffRules.builder().ignore("/a").build())
                .rules(DiffRules.builder().ignore("/b").build())
                .build();

        assertThat(engine.rules().ignores()).extracting(rule -> rule.pattern().toString()).containsExactly("/a", "/b");
        assertThat(engine.toBuilder().build().compare(Capture.json(200, "{\"a\":1,\"b\":1,\"c\":1}"),
                Capture.json(200, "{\"a\":2,\"b\":2,\"c\":2}")).differences())
                .extracting(Difference::location).containsExactly("/c");
    }

    private static BehaviorDiff compareText(DiffRules rules, String baseline, String fork) {
        return SmartDiff.builder().rules(rules).build().compare(
                Capture.of(200, Map.of("content-type", List.of("text/plain")), baseline.getBytes(StandardCharsets.UTF_8)),
                Capture.of(200, Map.of("content-type", List.of("text/plain")), fork.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rulesAddressLinesOfATextBodyByTheirBaselineNumbers() {
        String baseline = "title\nbuilt at 10:00\n--\nprice 100\nfooter";
        // A line inserted at the top shifts the fork's numbers; the rules keep naming baseline lines.
        String fork = "banner\ntitle\nbuilt at 11:00\n--\nprice 90\nfooter";
        DiffRules rules = DiffRules.builder()
                .ignore("(body)#L2", "build time")
                .expect("(body)#L4", (b, f) -> f.asText().equals("price 90"), "the price goes down")
                .build();

        BehaviorDiff diff = compareText(rules, baseline, fork);

        assertThat(diff.differences()).extracting(Difference::location, Difference::relevance, Difference::reason)
                .containsExactly(tuple("(body)#L1", Relevance.MEDIUM, "line added in fork (fork line 1)"),
                        tuple("(body)#L4", Relevance.LOW, "expected: the price goes down"));
        assertThat(diff.ignoredCount()).isEqualTo(1);
        assertThat(diff.unmetExpectations()).isEmpty();
    }

    @Test
    void aLineRuleCoversOnlyDifferencesWhoseLinesAllLieWithinIt() {
        String baseline = "a\nb\nc\nd\ne";
        String fork = "a\nB\nC\nC2\nd\ne";

        BehaviorDiff narrow = compareText(DiffRules.builder().ignore("(body)#L2").build(), baseline, fork);
        BehaviorDiff wide = compareText(DiffRules.builder().ignore("(body)#L1-L4").build(), baseline, fork);
        BehaviorDiff whole = compareText(DiffRules.builder().ignore("(body)").build(), baseline, fork);

        assertThat(narrow.differences()).extracting(Difference::location).containsExactly("(body)#L2-L3");
        assertThat(wide.differences()).isEmpty();
        assertThat(whole.differences()).isEmpty();
    }
}
