package dev.sandboxtests.diff.report;

import java.util.Locale;

/** Small text helpers shared by the report formats. */
final class Texts {

    private Texts() {
    }

    /** The first {@code limit} characters, one fewer when that would split a surrogate pair. */
    static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, end);
    }

    /** {@code 12,345}, the same on every machine. */
    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 1 difference}, {@code 2 differences}. */
    static String count(long value, String singular, String plural) {
        return number(value) + " " + (value == 1 ? singular : plural);
    }
}
