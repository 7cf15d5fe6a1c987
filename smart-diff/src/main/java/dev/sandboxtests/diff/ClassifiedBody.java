package dev.sandboxtests.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A body together with how it is to be compared, decided from its content type and, when there is
 * none (or an unrecognised one), from its bytes.
 *
 * @param kind  how the body is compared
 * @param bytes the raw body, shared with the capture (never modified)
 * @param text  the decoded body for {@link BodyKind#JSON} and {@link BodyKind#TEXT}, else {@code null}
 * @param why   why it was classified so, for error messages ("its content type is application/json")
 */
record ClassifiedBody(BodyKind kind, byte[] bytes, String text, String why) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * @param side "baseline" or "fork", for the error message
     * @throws DiffException when the body is declared as JSON but is not UTF-8
     */
    static ClassifiedBody of(Capture capture, String side) {
        byte[] bytes = capture.bodyBytes();
        if (bytes.length == 0) {
            return new ClassifiedBody(BodyKind.EMPTY, bytes, "", "it is empty");
        }
        Optional<String> contentType = capture.contentType();
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
                    ? new ClassifiedBody(BodyKind.BINARY, bytes, null, declared + " but it does not decode as text")
                    : new ClassifiedBody(BodyKind.TEXT, bytes, decoded.text(), declared);
        }
        if (type.isBinary()) {
            return new ClassifiedBody(BodyKind.BINARY, bytes, null, declared);
        }
        return sniff(bytes, declared + ", which is not a known text or binary type,");
    }

    private static ClassifiedBody json(byte[] bytes, String side, String why) {
        StrictDecoding decoded = StrictDecoding.decode(bytes, StandardCharsets.UTF_8);
        if (decoded.isMalformed()) {
            throw new DiffException("The " + side + " body is not valid JSON: it is not valid UTF-8 (first bad byte at"
                    + " byte offset " + decoded.malformedAt() + "). It was read as JSON because " + why
                    + "; JSON must be UTF-8 (RFC 8259), so declare the body with its real content type or fix the"
                    + " service.");
        }
        String text = stripByteOrderMark(decoded.text());
        // A JSON body of only whitespace carries no value: treat it like an empty body, not as an error.
        return text.isBlank()
                ? new ClassifiedBody(BodyKind.EMPTY, bytes, "", why + " and it is blank")
                : new ClassifiedBody(BodyKind.JSON, bytes, text, why);
    }

    private static ClassifiedBody sniff(byte[] bytes, String reason) {
        StrictDecoding decoded = StrictDecoding.decode(bytes, StandardCharsets.UTF_8);
        if (decoded.isMalformed()) {
            return new ClassifiedBody(BodyKind.BINARY, bytes, null, reason + " and it is not valid UTF-8");
        }
        String text = stripByteOrderMark(decoded.text());
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return new ClassifiedBody(BodyKind.JSON, bytes, text,
                    reason + " and it starts with '" + trimmed.charAt(0) + "'");
        }
        return new ClassifiedBody(BodyKind.TEXT, bytes, decoded.text(), reason + " and it is valid UTF-8");
    }

    private static String stripByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** "1234 bytes, sha-256 0a1b2c3d4e5f6a7b…": enough to see that two binaries differ. */
    String summary() {
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
