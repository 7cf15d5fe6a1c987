package dev.sandboxtests.routing;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The value that tags a request as belonging to one sandbox.
 *
 * <p>Keys are lowercase alphanumeric, like the keys of Signadot's control plane, so that they are
 * safe in every carrier we use (a W3C baggage value, a {@code tracestate} member, a gRPC metadata
 * value, a Kafka record header) without escaping. {@link #random()} draws 16 base-36 characters from
 * a {@link SecureRandom}: about 82 bits of entropy, so keys of concurrent sandboxes never collide.
 *
 * <pre>{@code
 * RoutingKey key = RoutingKey.random();           // e.g. "k3v9x0q2m8a7c1zt"
 * RoutingKey same = RoutingKey.parse(key.value()); // validated: throws InvalidRoutingKeyException
 * }</pre>
 */
public final class RoutingKey {

    /** Longest accepted key; Signadot's keys are far shorter, and header values must stay small. */
    public static final int MAX_LENGTH = 63;

    static final int RANDOM_LENGTH = 16;
    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private RoutingKey(String value) {
        this.value = value;
    }

    /** A new key with about 82 bits of entropy. */
    public static RoutingKey random() {
        char[] chars = new char[RANDOM_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new RoutingKey(new String(chars));
    }

    /**
     * Parses and validates a key received from outside (a header, a spec, a property).
     *
     * @throws InvalidRoutingKeyException if the value is empty, longer than {@value #MAX_LENGTH}
     *     characters, or holds anything but {@code a-z} and {@code 0-9}
     */
    public static RoutingKey parse(String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidRoutingKeyException("A routing key must not be empty.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidRoutingKeyException("A routing key is at most " + MAX_LENGTH
                    + " characters long, but got " + value.length() + " characters starting with '"
                    + printable(value.substring(0, 16)) + "'.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                throw new InvalidRoutingKeyException("Invalid routing key '" + printable(value)
                        + "': character " + describe(c) + " at index " + i
                        + " is not allowed; a routing key holds only lowercase letters a-z and digits 0-9.");
            }
        }
        return new RoutingKey(value);
    }

    /** The key as it travels in headers. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoutingKey that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String describe(char c) {
        if (c == '\r') {
            return "CR (\\r)";
        }
        if (c == '\n') {
            return "LF (\\n)";
        }
        if (Character.isISOControl(c) || Character.isWhitespace(c)) {
            return String.format("U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    /** Keeps control characters out of error messages, where they would break logs. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
