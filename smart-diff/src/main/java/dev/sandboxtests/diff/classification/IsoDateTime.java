package dev.sandboxtests.diff.classification;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The fields of an ISO-8601 / RFC 3339 date-time as {@link TimestampFormats} accepts it, read by hand: the
 * shape of the regular expression
 * <pre>
 * (\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?([Zz]|[+-](\d{2})(?::?(\d{2}))?)?
 * </pre>
 * (the whole text), which this class replaced because a difference between two timestamps, a common
 * one, ran it on both values. FormatPrefilterTest checks it against that expression.
 *
 * @param year          the year
 * @param month         the month as written
 * @param day           the day as written
 * @param hour          the hour as written
 * @param minute        the minute as written
 * @param second        the second as written, or -1 when there is none
 * @param offset        whether there is an offset ({@code Z} or {@code ±hh[[:]mm]})
 * @param offsetHours   the hours of a numeric offset, or -1
 * @param offsetMinutes the minutes of a numeric offset, or -1
 */
record IsoDateTime(int year, int month, int day, int hour, int minute, int second, boolean offset,
                   int offsetHours, int offsetMinutes) {

    private static final int TIME_START = 11;
    private static final int MINUTES_END = 16;
    private static final int MAX_FRACTION_DIGITS = 9;

    /** @return the fields, or {@code null} when {@code text} does not have the shape */
    static IsoDateTime parse(String text) {
        int length = text.length();
        if (length < MINUTES_END || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 7)
                || text.charAt(7) != '-' || !digits(text, 8, 10)) {
            return null;
        }
        char separator = text.charAt(10);
        if ((separator != 'T' && separator != 't' && separator != ' ') || !digits(text, TIME_START, 13)
                || text.charAt(13) != ':' || !digits(text, 14, MINUTES_END)) {
            return null;
        }
        int at = MINUTES_END;
        int second = -1;
        if (at < length && text.charAt(at) == ':') {
            if (!digits(text, at + 1, at + 3)) {
                return null;
            }
            second = number(text, at + 1, at + 3);
            at += 3;
            if (at < length && (text.charAt(at) == '.' || text.charAt(at) == ',')) {
                int end = at + 1;
                while (end < length && isDigit(text.charAt(end))) {
                    end++;
                }
                int fraction = end - at - 1;
                if (fraction < 1 || fraction > MAX_FRACTION_DIGITS) {
                    return null;
                }
                at = end;
            }
        }
        boolean offset = false;
        int offsetHours = -1;
        int offsetMinutes = -1;
        if (at < length) {
            char sign = text.charAt(at);
            if (sign == 'Z' || sign == 'z') {
                offset = true;
                at++;
            } else if (sign == '+' || sign == '-') {
                if (!digits(text, at + 1, at + 3)) {
                    return null;
                }
                offset = true;
                offsetHours = number(text, at + 1, at + 3);
                at += 3;
                int minutes = at < length && text.charAt(at) == ':' ? at + 1 : at;
                if (digits(text, minutes, minutes + 2)) {
                    offsetMinutes = number(text, minutes, minutes + 2);
                    at = minutes + 2;
                }
            }
        }
        if (at != length) {
            return null;
        }
        return new IsoDateTime(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                number(text, TIME_START, 13), number(text, 14, MINUTES_END), second, offset, offsetHours, offsetMinutes);
    }

    /** Whether the fields are a real date-time: a day of the calendar, 23:59 at most, second 60 at most. */
    boolean valid() {
        return isDate(year, month, day) && hour <= 23 && minute <= 59 && second <= 60 && offsetHours <= 18
                && offsetMinutes <= 59;
    }

    static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException invalid) {
            return false;
        }
    }

    private static boolean digits(String text, int from, int to) {
        if (to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
