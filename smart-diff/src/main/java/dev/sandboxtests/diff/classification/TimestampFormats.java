package dev.sandboxtests.diff.classification;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timestamp formats of {@link FormatRecognizer}: ISO-8601 / RFC 3339 date-times and dates, HTTP
 * dates, and epoch seconds or milliseconds in fields whose name says they hold a time.
 *
 * <p>Date-times ({@link IsoDateTime}) are checked, not only matched: {@code 2026-02-30} and {@code 25:00} are not times.
 * With an offset ({@code Z}, {@code +01:00}) and without are two formats, since a client reads them
 * differently; the precision (minutes, seconds, fractions) is not part of the format, because
 * {@code Instant.toString()} itself drops zero seconds and trailing zeros.
 */
final class TimestampFormats {

    static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    static final Pattern HTTP_DATE = Pattern.compile(
            "[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}(:\\d{2})? (GMT|[+-]\\d{4})");
    static final Pattern EPOCH_TEXT = Pattern.compile("\\d{10}(\\.\\d{1,9})?|\\d{13}");

    private static final Pattern CAMEL_CASE = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");

    private static final BigDecimal EPOCH_SECONDS_FROM = BigDecimal.valueOf(946_684_800L);   // 2000-01-01
    private static final BigDecimal EPOCH_SECONDS_TO = BigDecimal.valueOf(4_102_444_800L);   // 2100-01-01
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Set<String> TIME_WORDS = Set.of("at", "time", "timestamp", "ts", "date", "datetime",
            "epoch", "expires", "expiry", "exp", "iat", "nbf", "since", "until", "created", "updated", "modified",
            "deleted", "issued", "deadline", "seen", "when");

    private TimestampFormats() {
    }

    static Optional<FormatRecognizer.Format> dateTime(String text) {
        if (!mayBeDate(text)) {
            return FormatRecognizer.none();
        }
        IsoDateTime dateTime = IsoDateTime.parse(text);
        if (dateTime != null) {
            if (!dateTime.valid()) {
                return FormatRecognizer.none();
            }
            return dateTime.offset()
                    ? FormatRecognizer.format("date-time", "ISO-8601 date-times")
                    : FormatRecognizer.format("local-date-time", "ISO-8601 date-times without an offset");
        }
        Matcher date = DATE.matcher(text);
        if (date.matches()) {
            return isDate(date.group(1), date.group(2), date.group(3))
                    ? FormatRecognizer.format("date", "ISO-8601 dates") : FormatRecognizer.none();
        }
        if (FormatRecognizer.matches(HTTP_DATE, text)) {
            try {
                DateTimeFormatter.RFC_1123_DATE_TIME.parse(text);
                return FormatRecognizer.format("http-date", "HTTP dates");
            } catch (DateTimeException invalid) {
                return FormatRecognizer.none(); // the right shape but not a real date, e.g. the 31st of February
            }
        }
        return FormatRecognizer.none();
    }

    /** A digit string in the epoch range: ten digits (with optional fractional seconds) or thirteen. */
    static Optional<FormatRecognizer.Format> epochText(String text) {
        return mayBeEpoch(text) && FormatRecognizer.matches(EPOCH_TEXT, text) ? epoch(new BigDecimal(text), "string")
                : FormatRecognizer.none();
    }

    /**
     * @param type "number" or "string": a timestamp that changes from one to the other changes format
     */
    static Optional<FormatRecognizer.Format> epoch(BigDecimal number, String type) {
        if (number.compareTo(EPOCH_SECONDS_FROM) >= 0 && number.compareTo(EPOCH_SECONDS_TO) < 0) {
            return FormatRecognizer.format("epoch-seconds-" + type, "epoch timestamps in seconds");
        }
        boolean integral = number.stripTrailingZeros().scale() <= 0;
        if (integral && number.compareTo(EPOCH_SECONDS_FROM.multiply(THOUSAND)) >= 0
                && number.compareTo(EPOCH_SECONDS_TO.multiply(THOUSAND)) < 0) {
            return FormatRecognizer.format("epoch-millis-" + type, "epoch timestamps in milliseconds");
        }
        return FormatRecognizer.none();
    }

    /**
     * Whether a field name says it holds a time: one of its words (split at camel case, {@code _},
     * {@code -} and {@code .}) is a time word such as "at", "time", "created" or "iat".
     */
    static boolean isTimeName(String fieldName) {
        String words = CAMEL_CASE.matcher(fieldName).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        for (String word : NOT_A_WORD.split(words)) {
            if (TIME_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(String year, String month, String day) {
        return IsoDateTime.isDate(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    /**
     * Whether {@code text} starts as an {@link IsoDateTime} or DATE (four digits and a '-') or HTTP_DATE (a ','
     * fourth) must: the usual value, which is none of these, is turned away without a regular expression.
     */
    static boolean mayBeDate(String text) {
        boolean startsLikeDate = text.length() >= 10 && isDigit(text, 0) && isDigit(text, 1) && isDigit(text, 2)
                && isDigit(text, 3) && text.charAt(4) == '-';
        return startsLikeDate || (text.length() > 3 && text.charAt(3) == ',');
    }

    /** Whether {@code text} has the length and first digit EPOCH_TEXT needs. */
    static boolean mayBeEpoch(String text) {
        return text.length() >= 10 && text.length() <= 20 && isDigit(text, 0);
    }

    private static boolean isDigit(String text, int at) {
        char c = text.charAt(at);
        return c >= '0' && c <= '9';
    }
}
