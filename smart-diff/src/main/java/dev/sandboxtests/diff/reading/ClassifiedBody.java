package dev.sandboxtests.diff.reading;

import dev.sandboxtests.diff.DiffException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A body together with how it is to be compared, decided from its content type and, when there is
 * none (or an unrecognised one), from its bytes.
 *
 * <p>A JSON body is checked to be UTF-8 but not decoded: the comparison reads its bytes directly, so
 * a 50 MB body is never also held as a 50 MB string (or a 100 MB decoding buffer). Its text is
 * decoded only when asked for, for instance to render it.
 */
public final class ClassifiedBody {

    private final BodyKind kind;
    private final byte[] bytes;
    private final int jsonStart;
    private final String why;
    private String text;

    private ClassifiedBody(BodyKind kind, byte[] bytes, int jsonStart, String text, String why) {
        this.kind = kind;
        this.bytes = bytes;
        this.jsonStart = jsonStart;
        this.text = text;
        this.why = why;
    }

    /**
     * @param bytes       a captured body, not copied: the caller must not change it afterwards
     * @param contentType the capture's content type, if it has one
     * @param side        "baseline" or "fork", for the error message
     * @throws DiffException when the body is declared as JSON but is not UTF-8
     */
    public static ClassifiedBody of(byte[] bytes, Optional<String> contentType, String side) {
        if (bytes.length == 0) {
            return new ClassifiedBody(BodyKind.EMPTY, bytes, 0, "", "it is empty");
        }
        if (contentType.isEmpty()) {
            return sniff(bytes, "it has no content type");
        }
        MediaType type = MediaType.parse(contentType.get());
        String declared = "its content type is " + contentType.get();
        if (type.isJson()) {
            return json(bytes, side, declared);
        }
        if (type.isTextual()) {
            StrictDecoding decoded = StrictDecoding.decode(bytes, type.charset().orElse(StandardCharsets.UTF_8));
            return decoded.isMalformed()
                    ? new ClassifiedBody(BodyKind.BINARY, bytes, 0, null, declared + " but it does not decode as text")
                    : new ClassifiedBody(BodyKind.TEXT, bytes, 0, decoded.text(), declared);
        }
        if (type.isBinary()) {
            return new ClassifiedBody(BodyKind.BINARY, bytes, 0, null, declared);
        }
        return sniff(bytes, declared + ", which is not a known text or binary type,");
    }

    private static ClassifiedBody json(byte[] bytes, String side, String why) {
        int malformed = Utf8.firstMalformed(bytes);
        if (malformed >= 0) {
            throw new DiffException("The " + side + " body is not valid JSON: it is not valid UTF-8 (first bad byte at"
                    + " byte offset " + malformed + "). It was read as JSON because " + why
                    + "; JSON must be UTF-8 (RFC 8259), so declare the body with its real content type or fix the"
                    + " service.");
        }
        int start = Utf8.byteOrderMarkAt(bytes, 0);
        // A JSON body of only whitespace carries no value: treat it like an empty body, not as an error.
        return Utf8.firstNonWhitespace(bytes, start) < 0
                ? new ClassifiedBody(BodyKind.EMPTY, bytes, start, "", why + " and it is blank")
                : new ClassifiedBody(BodyKind.JSON, bytes, start, null, why);
    }

    private static ClassifiedBody sniff(byte[] bytes, String reason) {
        if (Utf8.firstMalformed(bytes) >= 0) {
            return new ClassifiedBody(BodyKind.BINARY, bytes, 0, null, reason + " and it is not valid UTF-8");
        }
        int start = Utf8.byteOrderMarkAt(bytes, 0);
        int first = Utf8.firstNonWhitespace(bytes, start);
        if (first >= 0 && (bytes[first] == '{' || bytes[first] == '[')) {
            return new ClassifiedBody(BodyKind.JSON, bytes, start, null,
                    reason + " and it starts with '" + (char) bytes[first] + "'");
        }
        return new ClassifiedBody(BodyKind.TEXT, bytes, 0, new String(bytes, StandardCharsets.UTF_8),
                reason + " and it is valid UTF-8");
    }

    /** @return how the body is compared */
    public BodyKind kind() {
        return kind;
    }

    /** @return the raw body, shared with the capture (never modified) */
    public byte[] bytes() {
        return bytes;
    }

    /** @return where the JSON text starts in {@link #bytes()}: after a byte order mark, if there is one */
    public int jsonStart() {
        return jsonStart;
    }

    /**
     * @return the decoded body for {@link BodyKind#JSON} (without a byte order mark) and
     *     {@link BodyKind#TEXT}, {@code ""} for {@link BodyKind#EMPTY}, else {@code null}
     */
    public String text() {
        if (text == null && kind == BodyKind.JSON) {
            text = new String(bytes, jsonStart, bytes.length - jsonStart, StandardCharsets.UTF_8);
        }
        return text;
    }

    /** @return why it was classified so, for error messages ("its content type is application/json") */
    public String why() {
        return why;
    }

    /** "1234 bytes, sha-256 0a1b2c3d4e5f6a7b…": enough to see that two binaries differ. */
    public String summary() {
        return bytes.length + " bytes, sha-256 " + sha256(bytes).substring(0, 16) + "…";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256 (MessageDigest javadoc).
            throw new IllegalStateException("SHA-256 is not available", impossible);
        }
    }
}
