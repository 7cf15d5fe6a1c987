package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Deep documents must be compared (and described) without recursion, so no StackOverflowError. */
class DeepNestingTest {

    private static final int DEPTH = 100_000;

    private static String nestedArrays(String leaf) {
        return "[".repeat(DEPTH) + leaf + "]".repeat(DEPTH);
    }

    private static String nestedObjects(String leaf) {
        return "{\"a\":".repeat(DEPTH) + leaf + "}".repeat(DEPTH);
    }

    @Test
    void identicalDeepArraysHaveNoDifferences() {
        BehaviorDiff diff = SmartDiff.defaults().compare(Capture.json(200, nestedArrays("1")),
                Capture.json(200, nestedArrays("1")));

        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void identicalDeepObjectsHaveNoDifferences() {
        BehaviorDiff diff = SmartDiff.defaults().compare(Capture.json(200, nestedObjects("\"x\"")),
                Capture.json(200, nestedObjects("\"x\"")));

        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void typeChangeAtTheBottomOfDeepArraysIsFound() {
        BehaviorDiff diff = SmartDiff.defaults().compare(Capture.json(200, nestedArrays("1")),
                Capture.json(200, nestedArrays("\"1\"")));

        assertThat(diff.differences()).singleElement().satisfies(d -> {
            assertThat(d.path().equals("/0".repeat(DEPTH))).as("pointer is /0 repeated %d times", DEPTH).isTrue();
            assertThat(d.operation()).isEqualTo(Operation.TYPE_CHANGED);
        });
    }

    @Test
    void differenceAtTheBottomOfDeepObjectsIsFoundAtItsFullPointer() {
        BehaviorDiff diff = SmartDiff.defaults().compare(Capture.json(200, nestedObjects("1")),
                Capture.json(200, nestedObjects("2")));

        assertThat(diff.differences()).singleElement().satisfies(d -> {
            // Compared as a boolean: a failure message must not print a 200,000-character pointer.
            assertThat(d.path().equals("/a".repeat(DEPTH))).as("pointer is /a repeated %d times", DEPTH).isTrue();
            assertThat(d.operation()).isEqualTo(Operation.CHANGED);
            assertThat(d.describe()).startsWith("CHANGED …/a/a").endsWith("1 → 2 [MEDIUM: value changed]");
        });
        assertThat(diff.toString()).hasSizeLessThan(500);
    }

    @Test
    void deepSubtreeMissingInForkIsDescribedWithoutRecursion() {
        BehaviorDiff diff = SmartDiff.defaults().compare(Capture.json(200, "{\"deep\":" + nestedArrays("1") + "}"),
                Capture.json(200, "{}"));

        assertThat(diff.differences()).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo("/deep");
            assertThat(d.describe()).startsWith("REMOVED /deep: [[[[").contains("…");
        });
    }
}
