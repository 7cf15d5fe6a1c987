package dev.sandboxtests.provider;

/**
 * File names made from names of tests, services and classes, for the logs and reports that providers
 * and test frameworks write: letters, digits, {@code .}, {@code _} and {@code -} are kept, every other
 * run of characters becomes one {@code -}, and the result is at most {@value #MAX_LENGTH} characters.
 *
 * <pre>{@code
 * FileNames.safe("VolumeDiscountTest.quotes[1]")   // "VolumeDiscountTest.quotes-1"
 * }</pre>
 */
public final class FileNames {

    public static final int MAX_LENGTH = 80;

    private FileNames() {
    }

    /** {@code text} as a file name; never empty (a name of no usable characters becomes {@code _}). */
    public static String safe(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        if (cleaned.length() > MAX_LENGTH) {
            cleaned = cleaned.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}
