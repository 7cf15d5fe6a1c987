package dev.sandboxtests.diff.classification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.Section;
import dev.sandboxtests.diff.reading.PointerPath;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises values that are generated rather than computed — ids, tokens, timestamps — so that a
 * value-only change between two values of the same format can be rated
 * {@link dev.sandboxtests.diff.Relevance#LOW}.
 *
 * <p>Formats, most specific first (a value gets the first that fits):
 * <ul>
 *   <li>JWTs: three base64url parts whose first decodes to a JSON object with {@code "alg"}; the
 *       algorithm is part of the format, so HS256 becoming RS256 is a format change;</li>
 *   <li>W3C {@code traceparent} values;</li>
 *   <li>UUIDs, any version, either case;</li>
 *   <li>timestamps ({@link TimestampFormats}): ISO-8601 / RFC 3339 date-times (with or without
 *       fractional seconds; with an offset and without are two formats) and dates; HTTP dates
 *       (RFC 1123); epoch seconds or milliseconds between the years 2000 and 2100, as numbers or
 *       digit strings, only when the field's name says it holds a time ({@code createdAt},
 *       {@code timestamp}, {@code expires_at}, {@code iat} …), because a number in that range is as
 *       likely an amount or a count;</li>
 *   <li>W3C trace ids (32 lower-case hex digits) and span ids (16), other hex tokens of 16 or more
 *       digits (the length is part of the format: a SHA-1 becoming a SHA-256 is a format change);</li>
 *   <li>prefixed ids such as {@code req_…} or {@code ord-…}: a short alphanumeric prefix, {@code _}
 *       or {@code -}, then a UUID, a ULID, hex or a random-looking alphanumeric token; the prefix is
 *       part of the format;</li>
 *   <li>ULIDs;</li>
 *   <li>base64 and base64url tokens of 16 or more characters.</li>
 * </ul>
 *
 * <p>To avoid false positives, hex tokens must contain a letter (a run of digits is a number), and
 * base64 tokens and the alphanumeric part of prefixed ids must mix letters and digits (base64 also
 * upper and lower case) and look random: their character classes must change often, as in
 * {@code dGVzdDEyMzQ1Njc4OTA}, unlike in words such as {@code OrderShippedEventV1}. For these random
 * formats the two values must also differ in at least half of their characters, as two independently
 * generated tokens do; {@code …V1} becoming {@code …V2} is not a new token. UUIDs, ULIDs and
 * timestamps are structured enough to need neither check.
 */
final class FormatRecognizer {

    /**
     * A recognised format.
     *
     * @param id     what must be equal for two values to share the format
     * @param plural the format in words, e.g. "UUIDs"
     * @param random whether values are random tokens, which must differ in most characters
     */
    record Format(String id, String plural, boolean random) {
    }

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final Pattern ULID = Pattern.compile("[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}");
    private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern BASE64 = Pattern.compile("([A-Za-z0-9+/]+|[A-Za-z0-9_-]+)={0,2}");
    private static final Pattern BASE64URL_PART = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][A-Za-z0-9]{0,19})([_-])(.+)");

    private static final int MIN_TOKEN_LENGTH = 16;
    private static final int UUID_LENGTH = 36;
    private static final int TRACEPARENT_LENGTH = 55;
    private static final int ULID_LENGTH = 26;
    private static final double MIN_CLASS_CHANGES = 0.4;
    private static final double MIN_DIFFERING_CHARACTERS = 0.5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormatRecognizer() {
    }

    /**
     * @param difference any difference
     * @return the format both values share, in words ("UUIDs"), when the difference is a value-only
     *         change between two values of one recognised format
     */
    static Optional<String> sharedFormat(Difference difference) {
        if (difference.operation() != Operation.CHANGED || difference.section() == Section.STATUS) {
            return Optional.empty();
        }
        String field = fieldName(difference);
        Optional<Format> baseline = recognise(difference.baseline(), field);
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        Optional<Format> fork = recognise(difference.fork(), field);
        if (fork.isEmpty() || !fork.get().id().equals(baseline.get().id())) {
            return Optional.empty();
        }
        if (baseline.get().random() && !differsMostly(difference.baseline().asText(), difference.fork().asText())) {
            return Optional.empty();
        }
        return Optional.of(baseline.get().plural());
    }

    /**
     * @param value     a JSON value (strings and, for epoch timestamps, numbers are recognised)
     * @param fieldName the name of the field holding it, or of the header; may be empty
     * @return its format, if it has a recognised one
     */
    static Optional<Format> recognise(JsonNode value, String fieldName) {
        if (value.isNumber()) {
            return TimestampFormats.epoch(value.decimalValue(), "number")
                    .filter(epoch -> TimestampFormats.isTimeName(fieldName));
        }
        if (!value.isTextual()) {
            return Optional.empty();
        }
        String text = value.textValue();
        if (text.length() < 10 || text.length() > 4096) {
            return Optional.empty(); // shorter than any format, or a document rather than a token
        }
        // Every check starts with a test of the length or a few characters that its pattern implies, so
        // the usual value, which has none of these formats, costs no regular expression.
        return jwt(text)
                .or(() -> text.length() == TRACEPARENT_LENGTH && matches(TRACEPARENT, text)
                        ? format("traceparent", "W3C traceparent values") : none())
                .or(() -> isUuid(text) ? format("uuid", "UUIDs") : none())
                .or(() -> TimestampFormats.dateTime(text))
                .or(() -> TimestampFormats.epochText(text).filter(epoch -> TimestampFormats.isTimeName(fieldName)))
                .or(() -> hex(text))
                .or(() -> prefixedId(text))
                .or(() -> isUlid(text) ? format("ulid", "ULIDs") : none())
                .or(() -> isBase64Token(text) ? random("base64", "base64 tokens") : none());
    }

    private static Optional<Format> jwt(String text) {
        if (count(text, '.') != 2) {
            return none(); // not three parts
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3 || !matches(BASE64URL_PART, parts[0]) || !matches(BASE64URL_PART, parts[1])
                || !(parts[2].isEmpty() || matches(BASE64URL_PART, parts[2]))) {
            return none();
        }
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode algorithm = header == null ? null : header.get("alg");
            return algorithm != null && algorithm.isTextual()
                    ? format("jwt:" + algorithm.textValue(), "JWTs (alg " + algorithm.textValue() + ")")
                    : none();
        } catch (IllegalArgumentException | IOException notAJwtHeader) {
            return none(); // not base64url, or not JSON: simply not a JWT
        }
    }

    private static Optional<Format> hex(String text) {
        if (text.length() < MIN_TOKEN_LENGTH || !isHex(text, 0, text.length()) || !hasLetter(text)) {
            return none();
        }
        boolean lowerCase = isLowerHex(text);
        if (lowerCase && text.length() == 32) {
            return random("trace-id", "W3C trace ids (32 hex digits)");
        }
        if (lowerCase && text.length() == 16) {
            return random("span-id", "W3C span ids (16 hex digits)");
        }
        return random("hex-" + text.length(), "hex tokens of " + text.length() + " digits");
    }

    private static Optional<Format> prefixedId(String text) {
        if (!mayBePrefixed(text)) {
            return none();
        }
        Matcher prefixed = PREFIXED.matcher(text);
        if (!prefixed.matches()) {
            return none();
        }
        String suffix = prefixed.group(3);
        String kind;
        if (isUuid(suffix)) {
            kind = "uuid";
        } else if (isUlid(suffix)) {
            kind = "ulid";
        } else if (suffix.length() >= 8 && isHex(suffix, 0, suffix.length()) && hasLetter(suffix) && hasDigit(suffix)) {
            kind = "hex";
        } else if (suffix.length() >= 12 && matches(ALPHANUMERIC, suffix) && hasLetter(suffix) && hasDigit(suffix)
                && looksRandom(suffix)) {
            kind = "token";
        } else {
            return none();
        }
        String prefix = prefixed.group(1) + prefixed.group(2);
        boolean random = kind.equals("hex") || kind.equals("token");
        return Optional.of(new Format("prefixed:" + prefix + ":" + kind, "ids of the form \"" + prefix + "…\"", random));
    }

    private static boolean isUlid(String text) {
        return text.length() == ULID_LENGTH && matches(ULID, text) && hasLetter(text) && hasDigit(text);
    }

    private static boolean isBase64Token(String text) {
        return text.length() >= MIN_TOKEN_LENGTH && matches(BASE64, text)
                && text.chars().anyMatch(Character::isUpperCase)
                && text.chars().anyMatch(Character::isLowerCase)
                && hasDigit(text)
                && looksRandom(text.replace("=", ""));
    }

    /**
     * Random tokens change between upper case, lower case, digits and symbols at about two of every
     * three characters; words and identifiers do so far less often.
     */
    private static boolean looksRandom(String text) {
        int changes = 0;
        for (int i = 1; i < text.length(); i++) {
            if (characterClass(text.charAt(i)) != characterClass(text.charAt(i - 1))) {
                changes++;
            }
        }
        return changes >= MIN_CLASS_CHANGES * (text.length() - 1);
    }

    private static int characterClass(char c) {
        if (c >= 'A' && c <= 'Z') {
            return 0;
        }
        if (c >= 'a' && c <= 'z') {
            return 1;
        }
        return c >= '0' && c <= '9' ? 2 : 3;
    }

    /** Two independently generated tokens differ in nearly every position. */
    private static boolean differsMostly(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int longer = Math.max(a.length(), b.length());
        int differing = longer - shorter;
        for (int i = 0; i < shorter; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differing++;
            }
        }
        return differing >= MIN_DIFFERING_CHARACTERS * longer;
    }

    /** The name of the field holding the value: the last body segment that is not an index, or the header. */
    private static String fieldName(Difference difference) {
        if (difference.section() == Section.HEADER) {
            return difference.path();
        }
        String path = difference.path();
        int end = path.length();
        while (end > 0) {
            int start = path.lastIndexOf('/', end - 1);
            if (start + 1 < end && !allDigits(path, start + 1, end)) {
                return PointerPath.unescape(path.substring(start + 1, end));
            }
            end = Math.max(start, 0);
        }
        return "";
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** What {@code UUID} matches, without a regular expression: 8-4-4-4-12 hex digits. */
    static boolean isUuid(String text) {
        return text.length() == UUID_LENGTH && text.charAt(8) == '-' && text.charAt(13) == '-'
                && text.charAt(18) == '-' && text.charAt(23) == '-'
                && isHex(text, 0, 8) && isHex(text, 9, 13) && isHex(text, 14, 18) && isHex(text, 19, 23)
                && isHex(text, 24, UUID_LENGTH);
    }

    /** What {@code HEX} matches in {@code text[from, to)}, without a regular expression: hex digits, at least one. */
    private static boolean isHex(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }

    /** What {@code LOWER_HEX} matches, for text already known to be hex. */
    private static boolean isLowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 'A' && text.charAt(i) <= 'F') {
                return false;
            }
        }
        return true;
    }

    /**
     * What {@code PREFIXED} needs before its last group: a letter, at most 19 more letters or digits,
     * then {@code _} or {@code -} followed by something.
     */
    static boolean mayBePrefixed(String text) {
        if (text.isEmpty() || !isAsciiLetter(text.charAt(0))) {
            return false;
        }
        int end = Math.min(text.length() - 1, 21);
        for (int i = 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '_' || c == '-') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int count(String text, char wanted) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == wanted) {
                count++;
            }
        }
        return count;
    }

    static boolean matches(Pattern pattern, String text) {
        return pattern.matcher(text).matches();
    }

    private static boolean hasLetter(String text) {
        return text.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    static Optional<Format> format(String id, String plural) {
        return Optional.of(new Format(id, plural, false));
    }

    private static Optional<Format> random(String id, String plural) {
        return Optional.of(new Format(id, plural, true));
    }

    static Optional<Format> none() {
        return Optional.empty();
    }
}
