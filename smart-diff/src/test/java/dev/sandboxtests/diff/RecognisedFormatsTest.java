package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Recognised formats as the engine applies them: on by default, LOW with a reason, and switchable. */
class RecognisedFormatsTest {

    private static final String BASELINE = """
            {"orderId":"3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b","createdAt":"2026-11-22T10:00:01Z","state":"open"}""";
    private static final String FORK = """
            {"orderId":"a81bc81b-dead-4e5d-abff-90865d1e13b1","createdAt":"2026-11-22T10:00:02Z","state":"paid"}""";

    @Test
    void aValueOnlyChangeOfARecognisedFormatIsLowWithItsReason() {
        BehaviorDiff diff = SmartDiff.defaults().compare(Capture.json(200, BASELINE), Capture.json(200, FORK));

        Difference orderId = diff.at("/orderId").orElseThrow();
        assertThat(orderId.relevance()).isEqualTo(Relevance.LOW);
        assertThat(orderId.reason()).isEqualTo("both values are UUIDs: a value-only change of a recognised format");
        assertThat(diff.at("/createdAt").orElseThrow().reason())
                .isEqualTo("both values are ISO-8601 date-times: a value-only change of a recognised format");
        assertThat(diff.relevantDifferences()).extracting(Difference::location).containsExactly("/state");
    }

    @Test
    void aFormatChangeKeepsItsDefaultRelevance() {
        BehaviorDiff diff = SmartDiff.defaults().compare(
                Capture.json(200, "{\"orderId\":\"3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b\",\"n\":1}"),
                Capture.json(200, "{\"orderId\":\"pending\",\"n\":\"3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b\"}"));

        assertThat(diff.at("/orderId").orElseThrow().relevance()).isEqualTo(Relevance.MEDIUM);
        assertThat(diff.at("/orderId").orElseThrow().reason()).isEqualTo("value changed");
        assertThat(diff.at("/n").orElseThrow().relevance()).isEqualTo(Relevance.HIGH);
    }

    @Test
    void recognitionCanBeSwitchedOff() {
        SmartDiff plain = SmartDiff.builder().recognizeFormats(false).build();

        BehaviorDiff diff = plain.compare(Capture.json(200, BASELINE), Capture.json(200, FORK));

        assertThat(diff.differences()).extracting(Difference::relevance)
                .containsOnly(Relevance.MEDIUM);
        assertThat(plain.toBuilder().build().compare(Capture.json(200, BASELINE), Capture.json(200, FORK))
                .relevantDifferences()).hasSize(3);
    }

    @Test
    void anEpochTimestampInATimeFieldIsLow() {
        BehaviorDiff diff = SmartDiff.defaults().compare(
                Capture.json(200, "{\"updatedAt\":1763805600123,\"quantity\":1763805600123}"),
                Capture.json(200, "{\"updatedAt\":1763805609999,\"quantity\":1763805609999}"));

        assertThat(diff.at("/updatedAt").orElseThrow().relevance()).isEqualTo(Relevance.LOW);
        assertThat(diff.at("/quantity").orElseThrow().relevance()).isEqualTo(Relevance.MEDIUM);
    }
}
