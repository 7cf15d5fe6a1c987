package dev.sandboxtests.diff.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The checks that turn values away before a regular expression runs must never turn away a value the
 * expression would accept, and the hand-written readers must accept exactly what the patterns they replaced
 * accepted: UUIDs and date-times against those patterns, and the quick checks of lengths and first characters against the patterns they guard, on values built to sit at
 * every edge.
 */
class FormatPrefilterTest {

    /** The UUID pattern the hand-written check replaced. */
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** The date-time pattern {@link IsoDateTime} replaced. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
                    + "([Zz]|[+-](\\d{2})(?::?(\\d{2}))?)?");
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
    void theDateTimeReaderAcceptsWhatThePatternAcceptsWithTheSameFields() {
        SplittableRandom random = new SplittableRandom(16);
        List<String> seeds = List.of("2026-11-22T10:00:01.123Z", "2026-11-22t10:00:01,123456789+01:00",
                "2026-11-22 10:00", "2026-11-22T10:00-0530", "2026-11-22T10:00:01+01", "2026-02-30T25:61:61z",
                "2026-11-22T10:00:01.1234567890Z");
        int matched = 0;
        for (String seed : seeds) {
            for (String candidate : candidates(random, seed, 4_000)) {
                Matcher pattern = DATE_TIME.matcher(candidate);
                IsoDateTime read = IsoDateTime.parse(candidate);
                assertThat(read != null).as(candidate).isEqualTo(pattern.matches());
                if (read != null) {
                    matched++;
                    assertThat(List.of(read.year(), read.month(), read.day(), read.hour(), read.minute(), read.second(),
                            read.offsetHours(), read.offsetMinutes(), read.offset() ? 1 : 0)).as(candidate)
                            .isEqualTo(List.of(group(pattern, 1), group(pattern, 2), group(pattern, 3), group(pattern, 4),
                                    group(pattern, 5), group(pattern, 6), group(pattern, 8), group(pattern, 9),
                                    pattern.group(7) == null ? 0 : 1));
                }
            }
        }
        assertThat(matched).as("candidates with the shape").isGreaterThan(1_000);
    }

    private static int group(Matcher matcher, int group) {
        return matcher.group(group) == null ? -1 : Integer.parseInt(matcher.group(group));
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
                if (DATE_TIME.matcher(candidate).matches()
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
