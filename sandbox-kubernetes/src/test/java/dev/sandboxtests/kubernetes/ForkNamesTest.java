package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.routing.RoutingKey;
import org.junit.jupiter.api.Test;

/** Fork names are DNS labels of at most 63 characters, the same for the same sandbox and different for two. */
class ForkNamesTest {

    private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

    @Test
    void aNameIsTheBaselinesAndTheKey() {
        assertThat(ForkNames.of("pricing", RoutingKey.parse("7r3xyg4bq9rrv4g9"))).isEqualTo("pricing-7r3xyg4bq9rrv4g9");
    }

    @Test
    void aLongBaselineNameIsCutAndNeverEndsInADash() {
        String baseline = "a-very-long-service-name-that-fills-most-of-a-label-x-y";
        RoutingKey key = RoutingKey.parse("7r3xyg4bq9rrv4g9");
        String name = ForkNames.of(baseline, key);
        assertThat(name).hasSizeLessThanOrEqualTo(63).matches(DNS_LABEL).endsWith("-7r3xyg4bq9rrv4g9")
                .isEqualTo(ForkNames.of(baseline, key)).isNotEqualTo(ForkNames.of(baseline, RoutingKey.random()));
    }

    @Test
    void aLongKeyIsShortenedToADigestThatStillTellsSandboxesApart() {
        RoutingKey first = RoutingKey.parse("a".repeat(63));
        RoutingKey second = RoutingKey.parse("a".repeat(62) + "b");
        assertThat(ForkNames.of("pricing", first)).hasSizeLessThanOrEqualTo(63).matches(DNS_LABEL)
                .isNotEqualTo(ForkNames.of("pricing", second));
    }
}
