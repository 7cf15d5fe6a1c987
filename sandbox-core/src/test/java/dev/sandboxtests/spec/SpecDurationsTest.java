package dev.sandboxtests.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecDurationsTest {

    @ParameterizedTest
    @CsvSource({
        "30s,   PT30S",
        "10m,   PT10M",
        "2h,    PT2H",
        "1d,    PT24H",
        "1w,    PT168H",
        "' 3h ', PT3H",
        "'90 m', PT1H30M",
        "PT10M, PT10M",
        "P1D,   PT24H",
    })
    void readsNumberAndUnitOrIso8601(String text, Duration expected) {
        assertThat(SpecDurations.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"soon", "10", "10M", "2 hours", "1y", "-5m", "PT"})
    void rejectsAnythingElseNamingTheAcceptedForms(String text) {
        assertThatThrownBy(() -> SpecDurations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a duration")
                .hasMessageContaining("30s, 10m, 2h, 1d, 1w")
                .hasMessageContaining("PT10M");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "2 hours"})
    void theMessageQuotesTheValue(String text) {
        assertThatThrownBy(() -> SpecDurations.parse(text)).hasMessageStartingWith("'" + text + "' is not a duration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999s", "9999999999999999w"})
    void overlongDurationsGetOurMessageNotAnArithmeticError(String text) {
        assertThatThrownBy(() -> SpecDurations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "' is too long a duration");
    }
}
