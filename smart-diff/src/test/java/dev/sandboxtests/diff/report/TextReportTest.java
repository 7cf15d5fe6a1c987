package dev.sandboxtests.diff.report;

import static dev.sandboxtests.diff.report.Fixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.BehaviorDiff;
import org.junit.jupiter.api.Test;

class TextReportTest {

    @Test
    void startsWithWhatWasComparedAndTheCountsThenShowsTheTable() {
        BehaviorDiff diff = Fixtures.quote();
        DiffSummary summary = DiffSummary.of(diff);

        String text = DiffReport.text(diff, CONTEXT);

        assertThat(text).isEqualTo("Behavioral diff: VolumeDiscountTest.quotes (service orders, sandbox pr-42,"
                + " routing key k7x2p, GET /orders/quote?sku=A1&qty=3)\n"
                + "HIGH " + summary.high() + ", MEDIUM 2, LOW " + summary.low() + "; relevant changes: yes;"
                + " baseline samples: 1\n"
                + diff + "\n");
        assertThat(text).contains("MEDIUM CHANGED /price/total", "3000 → 2700");
    }

    @Test
    void withoutContextHasAPlainTitle() {
        BehaviorDiff diff = Fixtures.json("{\"a\":1}", "{\"a\":1}");

        assertThat(DiffReport.text(diff)).isEqualTo("""
                Behavioral diff
                HIGH 0, MEDIUM 0, LOW 0; relevant changes: no; baseline samples: 1
                no differences
                """);
    }
}
