package dev.sandboxtests.diff.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sandboxtests.diff.Capture;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How a report shows a body: as JSON when it is one valid JSON document and looks meant as JSON, as
 * text when it is valid UTF-8, otherwise as binary. This decides only the display; comparing is the
 * engine's business, and a body the engine compared as text may well be shown as JSON here.
 *
 * @param kind        how the body is shown
 * @param contentType the first content-type value, or {@code null}
 * @param bytes       the body bytes (not copied; never modified)
 * @param text        the decoded text for JSON and text bodies, else {@code null}
 * @param depth       the deepest nesting of a JSON body, else 0
 */
record BodyView(Kind kind, String contentType, byte[] bytes, String text, int depth) {

    /** The kinds, named as in the JSON report. */
    enum Kind {
        EMPTY, JSON, TEXT, BINARY;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    static BodyView of(Capture capture) {
        byte[] bytes = capture.body();
        String contentType = capture.contentType().orElse(null);
        if (bytes.length == 0) {
            return new BodyView(Kind.EMPTY, contentType, bytes, "", 0);
        }
        String text = decodeUtf8(bytes);
        if (text == null || declaredBinary(contentType)) {
            return new BodyView(Kind.BINARY, contentType, bytes, null, 0);
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (looksLikeJson(contentType, text)) {
            int depth = jsonDepth(text);
            if (depth >= 0) {
                return new BodyView(Kind.JSON, contentType, bytes, text, depth);
            }
        }
        return new BodyView(Kind.TEXT, contentType, bytes, text, 0);
    }

    /** @return the full SHA-256 of the body, in lower-case hex */
    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256 (MessageDigest javadoc).
            throw new IllegalStateException("SHA-256 is not available", impossible);
        }
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null; // shown as binary: a decoded text with U+FFFD would misrepresent the bytes
        }
    }

    private static boolean declaredBinary(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.startsWith("font/") || type.startsWith("application/octet-stream");
    }

    private static boolean looksLikeJson(String contentType, String text) {
        if (contentType != null) {
            String essence = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (essence.endsWith("/json") || essence.endsWith("+json")) {
                return true;
            }
        }
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /** The deepest nesting of one complete JSON document, or -1 when the text is not exactly that. */
    private static int jsonDepth(String text) {
        try (JsonParser parser = ReportJson.FACTORY.createParser(text)) {
            int depth = 0;
            int deepest = 0;
            JsonToken token = parser.nextToken();
            if (token == null) {
                return -1;
            }
            do {
                if (token.isStructStart()) {
                    deepest = Math.max(deepest, ++depth);
                } else if (token.isStructEnd()) {
                    depth--;
                }
                token = parser.nextToken();
            } while (depth > 0 && token != null);
            // One document only: anything after the root value means the text is not one JSON value.
            return depth == 0 && token == null ? deepest : -1;
        } catch (IOException invalid) {
            return -1;
        }
    }
}
