package dev.sandboxtests.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberComparisonTest {

    private static final SmartDiff BY_VALUE = SmartDiff.builder().numbersByValue(true).build();

    private static List<Difference> diff(SmartDiff engine, String baseline, String fork) {
        return engine.compare(Capture.json(200, baseline), Capture.json(200, fork)).differences();
    }

    @Test
    void scaleMattersByDefault() {
        List<Difference> differences = diff(SmartDiff.defaults(), "{\"price\":1.0}", "{\"price\":1.00}");

        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("/price");
            assertThat(d.operation()).isEqualTo(Operation.CHANGED);
            assertThat(d.relevance()).isEqualTo(Relevance.MEDIUM);
            assertThat(d.describe()).isEqualTo("CHANGED /price: 1.0 → 1.00 [MEDIUM: value changed]");
        });
    }

    @Test
    void integerVersusDecimalDiffersByDefault() {
        assertThat(diff(SmartDiff.defaults(), "[1]", "[1.0]")).extracting(Difference::path).containsExactly("/0");
    }

    @Test
    void numbersByValueIgnoresScaleAndNotation() {
        assertThat(diff(BY_VALUE, "[1.0, 1, 100, 0.5]", "[1.00, 1.0, 1e2, 5E-1]")).isEmpty();
    }

    @Test
    void numbersByValueStillSeesDifferentValues() {
        assertThat(diff(BY_VALUE, "[1.0]", "[1.01]")).extracting(Difference::path).containsExactly("/0");
    }

    @Test
    void hugeIntegersAreComparedExactly() {
        String base = "123456789012345678901234567890";
        String fork = "123456789012345678901234567891";

        assertThat(diff(SmartDiff.defaults(), "{\"n\":" + base + "}", "{\"n\":" + fork + "}"))
                .singleElement()
                .satisfies(d -> assertThat(d.describe()).contains(base + " → " + fork));
        assertThat(diff(BY_VALUE, "{\"n\":" + base + "}", "{\"n\":" + fork + "}")).hasSize(1);
        assertThat(diff(SmartDiff.defaults(), "{\"n\":" + base + "}", "{\"n\":" + base + "}")).isEmpty();
    }

    @Test
    void longDecimalsAreComparedExactly() {
        // Both round to the same double, so a double comparison would miss the change.
        assertThat(diff(SmartDiff.defaults(), "[0.10000000000000000001]", "[0.10000000000000000002]")).hasSize(1);
        assertThat(diff(BY_VALUE, "[0.10000000000000000001]", "[0.10000000000000000002]")).hasSize(1);
    }

    @Test
    void smallIntegersOfDifferentWidthAreEqual() {
        assertThat(diff(SmartDiff.defaults(), "[5, 9223372036854775807]", "[5, 9223372036854775807]")).isEmpty();
        assertThat(diff(SmartDiff.defaults(), "[-0]", "[0]")).isEmpty();
    }
}
