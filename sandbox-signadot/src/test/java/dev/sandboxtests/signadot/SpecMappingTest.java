package dev.sandboxtests.signadot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Signadot's TTL notation: an unsigned number and m, h, d or w. */
class SpecMappingTest {

    @Test
    void theTtlIsWrittenInTheLargestUnitThatDividesIt() {
        assertThat(SpecMapping.ttlDuration(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(SpecMapping.ttlDuration(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(SpecMapping.ttlDuration(Duration.ofHours(48))).isEqualTo("2d");
        assertThat(SpecMapping.ttlDuration(Duration.ofDays(14))).isEqualTo("2w");
    }

    @Test
    void secondsAreRoundedUpToWholeMinutes() {
        assertThat(SpecMapping.ttlDuration(Duration.ofSeconds(30))).isEqualTo("1m");
        assertThat(SpecMapping.ttlDuration(Duration.ofSeconds(61))).isEqualTo("2m");
        assertThat(SpecMapping.ttlDuration(Duration.ofMinutes(60).plusMillis(1))).isEqualTo("61m");
    }

    @Test
    void uniqueNamesKeepTheSpecsNameWithinSixtyThreeCharacters() {
        assertThat(SignadotSandboxProvider.uniqueName("pricing-test")).matches("pricing-test-[a-z0-9]{6}");
        assertThat(SignadotSandboxProvider.uniqueName("a".repeat(63))).matches("a{56}-[a-z0-9]{6}");
        assertThat(SignadotSandboxProvider.uniqueName("pricing-test")).isNotEqualTo(SignadotSandboxProvider.uniqueName("pricing-test"));
    }
}
