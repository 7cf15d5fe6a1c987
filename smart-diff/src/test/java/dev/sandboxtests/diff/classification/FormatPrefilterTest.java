package dev.sandboxtests.diff.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The checks that turn values away before a regular expression runs must never turn away a value the
 * expression would accept: here the hand-written UUID check against the pattern it replaced, and the whole
 * quick checks of lengths and first characters against the patterns they guard, on values built to sit at
 * every edge.
 */
class FormatPrefilterTest {

    /** The UUID pattern the hand-written check replaced. */
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][A-Za-z0-9]{0,19})([_-])(.+)");
    private static final String ALPHABET = "0123456789abcdefABCDEFxyzXYZ-_.:,+ TZ\n/=é";

    @Test
    void theUuidCheckAcceptsExactlyWhatThePatternAccepts() {
        SplittableRandom random = new SplittableRandom(14);
        for (String candidate : candidates(random, "3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b", 20_000)) {
            assertThat(FormatRecognizer.isUuid(candidate)).as(candidate).isEqualTo(UUID.matcher(candidate).matches());
        }
    }

    @Test
    void theQuickChecksNeverTurnAwayWhatTheirPatternsAccept() {
        SplittableRandom random = new SplittableRandom(15);
        List<String> seeds = List.of("req_3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b", "abcdefghij0123456789_Q8z3LmK1pX7wRt",
                "2026-11-22T10:00:01.123Z", "2026-11-22", "Tue, 3 Jun 2008 11:05:30 GMT", "1700000000.123",
                "1700000000123", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        int accepted = 0;
        for (String seed : seeds) {
            for (String candidate : candidates(random, seed, 3_000)) {
                if (PREFIXED.matcher(candidate).matches()) {
                    accepted++;
                    assertThat(FormatRecognizer.mayBePrefixed(candidate)).as(candidate).isTrue();
                }
                if (TimestampFormats.DATE_TIME.matcher(candidate).matches()
                        || TimestampFormats.DATE.matcher(candidate).matches()
                        || TimestampFormats.HTTP_DATE.matcher(candidate).matches()) {
                    accepted++;
                    assertThat(TimestampFormats.mayBeDate(candidate)).as(candidate).isTrue();
                }
                if (TimestampFormats.EPOCH_TEXT.matcher(candidate).matches()) {
                    accepted++;
                    assertThat(TimestampFormats.mayBeEpoch(candidate)).as(candidate).isTrue();
                }
            }
        }
        assertThat(accepted).as("candidates a pattern accepted").isGreaterThan(2_000);
        assertThat(FormatRecognizer.mayBePrefixed("abcdefghij0123456789_x")).as("a 20-character prefix").isTrue();
        assertThat(FormatRecognizer.mayBePrefixed("abcdefghij01234567890_x")).as("21 characters").isFalse();
        assertThat(FormatRecognizer.mayBePrefixed("ab_")).as("nothing after the separator").isFalse();
    }

    /** The seed, then mutations of it: characters replaced, inserted, deleted, and cut at every length. */
    private static List<String> candidates(SplittableRandom random, String seed, int count) {
        List<String> candidates = new ArrayList<>();
        candidates.add(seed);
        for (int length = 0; length <= seed.length(); length++) {
            candidates.add(seed.substring(0, length));
        }
        while (candidates.size() < count) {
            StringBuilder mutated = new StringBuilder(seed);
            for (int edits = random.nextInt(1, 3); edits > 0 && mutated.length() > 0; edits--) {
                int at = random.nextInt(mutated.length());
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                switch (random.nextInt(3)) {
                    case 0 -> mutated.setCharAt(at, c);
                    case 1 -> mutated.insert(at, c);
                    default -> mutated.deleteCharAt(at);
                }
            }
            candidates.add(mutated.toString());
        }
        return candidates;
    }
}
