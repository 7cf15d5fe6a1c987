package dev.sandboxtests.diff.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headline: the verdict of a run in one line. */
class RunSummaryTest {

    private static SmartTestSummary test(String name, int high, int medium) {
        return new SmartTestSummary(null, name, "orders", "GET", "/q", null, null, new Counts(high, medium, 0),
                high + medium > 0, false, List.of(), List.of(), new ReportLinks(name + ".json", null, null));
    }

    @Test
    void namesTheSmartTestsWithHighDifferences() {
        RunSummary summary = RunSummary.of(List.of(test("A.a", 0, 1), test("B.b", 2, 0), test("C.c", 0, 0)));

        assertThat(summary.headline()).isEqualTo("3 SmartTests, 1 with HIGH differences: B.b (orders GET /q)");
    }

    @Test
    void namesThreeAndCountsTheRest() {
        RunSummary summary = RunSummary.of(Collections.nCopies(5, test("A.a", 1, 0)));

        assertThat(summary.headline()).endsWith("A.a (orders GET /q) and 2 more").startsWith("5 SmartTests, 5 with HIGH");
    }

    @Test
    void withoutHighDifferencesSaysSo() {
        assertThat(RunSummary.of(List.of(test("A.a", 0, 1))).headline())
                .isEqualTo("1 SmartTest, none with HIGH differences, 1 with MEDIUM ones");
        assertThat(RunSummary.of(List.of(test("A.a", 0, 0))).headline())
                .isEqualTo("1 SmartTest, none with HIGH or MEDIUM differences");
    }
}
