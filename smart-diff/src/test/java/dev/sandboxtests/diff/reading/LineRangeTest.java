package dev.sandboxtests.diff.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineRangeTest {

    @Test
    void aPathNamesOneLineOrARangeOfThem() {
        assertThat(LineRange.fromPath("#L4")).contains(new LineRange(4, 4));
        assertThat(LineRange.fromPath("#L2-L4")).contains(new LineRange(2, 4));
        assertThat(new LineRange(4, 4).path()).isEqualTo("#L4");
        assertThat(new LineRange(2, 4).location()).isEqualTo("(body)#L2-L4");
        assertThat(LineRange.fromLocation("(body)#L12")).contains(new LineRange(12, 12));
    }

    @Test
    void anythingElseNamesNoLines() {
        for (String path : new String[] {"", "/L4", "#L", "#L0", "#L-1", "#L4-", "#L4-4", "#L5-L4", "#L4x", "#L1234567890"}) {
            assertThat(LineRange.fromPath(path)).as(path).isEmpty();
        }
        assertThat(LineRange.fromLocation("#L4")).isEmpty();
        assertThat(LineRange.isLineLocation("(body)#anything")).isTrue();
        assertThat(LineRange.isLineLocation("(body)")).isFalse();
    }

    @Test
    void rangesContainTheRangesWithinThem() {
        assertThat(new LineRange(2, 6).contains(new LineRange(3, 5))).isTrue();
        assertThat(new LineRange(2, 6).contains(new LineRange(6, 7))).isFalse();
        assertThatThrownBy(() -> new LineRange(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueHoldsOneLineMoreThanItHasLineBreaks() {
        assertThat(LineRange.lineCount("")).isEqualTo(1);
        assertThat(LineRange.lineCount("a\nb\n")).isEqualTo(3);
    }
}
