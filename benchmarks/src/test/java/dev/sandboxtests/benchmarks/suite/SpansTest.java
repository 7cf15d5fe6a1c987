package dev.sandboxtests.benchmarks.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpansTest {

    private static final Instant ZERO = Instant.parse("2026-12-06T09:00:00Z");

    @Test
    void overlappingSpansAreCoveredOnceAndSummedWhole() {
        List<Span> spans = List.of(span(0, 100), span(50, 150), span(300, 400));

        assertThat(Spans.summed(spans)).isEqualTo(Duration.ofMillis(300));
        assertThat(Spans.covered(spans)).isEqualTo(Duration.ofMillis(250));
        assertThat(Spans.merged(spans)).containsExactly(span(0, 150), span(300, 400));
    }

    @Test
    void nestedTouchingAndUnorderedSpansMergeIntoOne() {
        List<Span> spans = List.of(span(100, 200), span(0, 500), span(500, 600), span(120, 130));

        assertThat(Spans.merged(spans)).containsExactly(span(0, 600));
        assertThat(Spans.covered(spans)).isEqualTo(Duration.ofMillis(600));
        assertThat(Spans.summed(spans)).isEqualTo(Duration.ofMillis(710));
    }

    @Test
    void onlyThePartsInsideTheWindowCount() {
        List<Span> spans = List.of(span(0, 100), span(150, 250), span(400, 500), span(900, 1000));

        assertThat(Spans.within(spans, span(50, 450))).containsExactly(span(50, 100), span(150, 250), span(400, 450));
        assertThat(Spans.covered(List.of())).isZero();
    }

    @Test
    void aSpanThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> span(10, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends (2026-12-06T09:00:00.005Z) before it starts (2026-12-06T09:00:00.010Z)");
    }

    private static Span span(long fromMillis, long toMillis) {
        return new Span(ZERO.plusMillis(fromMillis), ZERO.plusMillis(toMillis));
    }
}
