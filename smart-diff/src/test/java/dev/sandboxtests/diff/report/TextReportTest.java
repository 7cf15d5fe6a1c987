package dev.sandboxtests.diff.report;

import static dev.sandboxtests.diff.report.Fixtures.CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.diff.BehaviorDiff;
import org.junit.jupiter.api.Test;

class TextReportTest {

    @Test
    void startsWithWhatWasComparedAndTheCountsThenShowsTheTable() {
        String text = DiffReport.text(Fixtures.quote(), CONTEXT);

        assertThat(text).isEqualTo("""
                Behavioral diff: VolumeDiscountTest.quotes (service orders, sandbox pr-42, routing key k7x2p, \
                GET /orders/quote?sku=A1&qty=3)
                status: 200 → 201
                HIGH 3, MEDIUM 2, LOW 0; relevant changes: yes; baseline samples: 1
                5 differences (5 relevant):
                  HIGH   CHANGED status          200 → 201          status code changed
                  MEDIUM CHANGED /price/discount 0 → 300            value changed
                  MEDIUM CHANGED /price/total    3000 → 2700        value changed
                  HIGH   REMOVED /tags/1         "sale" → (absent)  element missing in fork
                  HIGH   ADDED   /grandTotal     (absent) → 2700    field added in fork
                """);
    }

    @Test
    void withoutContextHasAPlainTitle() {
        BehaviorDiff diff = Fixtures.json("{\"a\":1}", "{\"a\":1}");

        assertThat(DiffReport.text(diff)).isEqualTo("""
                Behavioral diff
                status: 200
                HIGH 0, MEDIUM 0, LOW 0; relevant changes: no; baseline samples: 1
                no differences
                """);
    }
}
