package dev.sandboxtests.spec;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as sandbox specs write them: {@code 30s}, {@code 10m}, {@code 2h}, {@code 1d}, {@code 1w}, or ISO-8601 {@code PT10M}. */
public final class SpecDurations {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*([smhdw])");

    private SpecDurations() {
    }

    /**
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static Duration parse(String text) {
        String value = text == null ? "" : text.trim();
        Matcher matcher = SIMPLE.matcher(value);
        if (matcher.matches()) {
            try {
                long amount = Long.parseLong(matcher.group(1));
                return switch (matcher.group(2)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "d" -> Duration.ofDays(amount);
                    default -> Duration.ofDays(Math.multiplyExact(7, amount));
                };
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("'" + value + "' is too long a duration; sandboxes live hours, not ages");
            }
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a duration: write a number and a unit"
                    + " (30s, 10m, 2h, 1d, 1w) or ISO-8601 (PT10M)");
        }
    }
}
