package dev.sandboxtests.benchmarks;

import java.io.IOException;

/**
 * Writes the few JSON tokens the generator needs straight to an {@link Appendable}, so a 50 MB document
 * can be streamed to disk without building a tree first.
 */
final class JsonTokens {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonTokens() {
    }

    /** A quoted JSON string, escaping quotes, backslashes and control characters. */
    static void string(Appendable out, String value) throws IOException {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** {@code "name":} — the key of the next member. */
    static void key(Appendable out, String name) throws IOException {
        string(out, name);
        out.append(':');
    }

    /** A decimal with exactly {@code decimals} digits after the point, from an integer count of hundredths etc. */
    static void decimal(Appendable out, long scaled, int decimals) throws IOException {
        long unit = (long) Math.pow(10, decimals);
        String fraction = Long.toString(Math.abs(scaled) % unit);
        out.append(scaled < 0 ? "-" : "").append(Long.toString(Math.abs(scaled) / unit)).append('.');
        for (int i = fraction.length(); i < decimals; i++) {
            out.append('0');
        }
        out.append(fraction);
    }
}
