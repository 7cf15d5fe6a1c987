package dev.sandboxtests.diff.reading;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 without intermediate strings: strict validation of a body, encoding of parsed JSON strings
 * into a byte buffer and decoding them back.
 *
 * <p>The encoding is UTF-8 for every valid UTF-16 sequence. A lone surrogate, which a JSON string can
 * spell as an escape such as {@code "\ud800"}, is encoded on its own in three bytes, so that the
 * encoding stays a bijection: two strings have equal bytes exactly when they have equal characters.
 */
final class Utf8 {

    private static final int BYTE_ORDER_MARK_LENGTH = 3;
    private static final long ASCII_MASK = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Utf8() {
    }

    /**
     * Validates {@code bytes} the way {@code CharsetDecoder} with {@code REPORT} does: overlong forms,
     * encoded surrogates and code points above U+10FFFF are malformed.
     *
     * @return the offset of the first byte of the first malformed sequence, or -1 when all is valid
     */
    static int firstMalformed(byte[] bytes) {
        int i = 0;
        int end = bytes.length;
        while (i < end) {
            // Most bodies are mostly ASCII: skip eight ASCII bytes at a time.
            while (i + Long.BYTES <= end && ((long) LONGS.get(bytes, i) & ASCII_MASK) == 0) {
                i += Long.BYTES;
            }
            if (i == end) {
                break;
            }
            int lead = bytes[i];
            if (lead >= 0) {
                i++;
                continue;
            }
            lead &= 0xFF;
            int length;
            int min;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + length > end) {
                return i;
            }
            int codePoint = lead & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return i;
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < min || codePoint > Character.MAX_CODE_POINT
                    || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** The number of bytes of a UTF-8 byte order mark at {@code offset}: 3 or 0. */
    static int byteOrderMarkAt(byte[] bytes, int offset) {
        return bytes.length - offset >= BYTE_ORDER_MARK_LENGTH
                && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB
                && (bytes[offset + 2] & 0xFF) == 0xBF ? BYTE_ORDER_MARK_LENGTH : 0;
    }

    /**
     * The offset of the first code point of valid UTF-8 that is not {@link Character#isWhitespace},
     * or -1 when there is none: what {@code String.strip()} would keep, without decoding the body.
     */
    static int firstNonWhitespace(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            int codePoint = length == 1 ? lead : decodeCodePoint(bytes, i, length);
            if (!Character.isWhitespace(codePoint)) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    private static int decodeCodePoint(byte[] bytes, int at, int length) {
        int codePoint = bytes[at] & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            codePoint = (codePoint << 6) | (bytes[at + k] & 0x3F);
        }
        return codePoint;
    }

    /**
     * Encodes characters into {@code target} at {@code at}, which must have room for three bytes per
     * character.
     *
     * @return the offset after the last byte written
     */
    static int encode(char[] chars, int offset, int length, byte[] target, int at) {
        int end = offset + length;
        // Most JSON text is ASCII: copy as if it were, noting whether it was; the loop has no early exit,
        // so the JIT can vectorise it. Otherwise the copy is overwritten below.
        int any = 0;
        for (int k = 0; k < length; k++) {
            char c = chars[offset + k];
            any |= c;
            target[at + k] = (byte) c;
        }
        if (any < 0x80) {
            return at + length;
        }
        int out = at;
        int i = offset;
        for (; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                target[out++] = (byte) c;
            } else if (c < 0x800) {
                target[out++] = (byte) (0xC0 | (c >> 6));
                target[out++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                int codePoint = Character.toCodePoint(c, chars[++i]);
                target[out++] = (byte) (0xF0 | (codePoint >> 18));
                target[out++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                target[out++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                target[out++] = (byte) (0x80 | (codePoint & 0x3F));
            } else {
                target[out++] = (byte) (0xE0 | (c >> 12));
                target[out++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                target[out++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    /** Decodes what {@link #encode} wrote back into the same characters. */
    static String decode(byte[] bytes, int from, int to) {
        if (isAscii(bytes, from, to)) {
            // One copy into the string's own bytes, where the general path below makes two.
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[to - from];
        int out = 0;
        int i = from;
        while (i < to) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                chars[out++] = (char) lead;
                i++;
            } else if (lead < 0xE0) {
                chars[out++] = (char) (((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            } else if (lead < 0xF0) {
                chars[out++] = (char) (((lead & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            } else {
                int codePoint = decodeCodePoint(bytes, i, 4);
                chars[out++] = Character.highSurrogate(codePoint);
                chars[out++] = Character.lowSurrogate(codePoint);
                i += 4;
            }
        }
        return new String(chars, 0, out);
    }

    private static boolean isAscii(byte[] bytes, int from, int to) {
        int i = from;
        long any = 0;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            any |= (long) LONGS.get(bytes, i);
        }
        for (; i < to; i++) {
            any |= bytes[i];
        }
        return (any & ASCII_MASK) == 0;
    }

    /**
     * Where byte {@code offset} of valid UTF-8 starting at {@code from} is in characters: its line
     * (counted as Jackson does, a line break being {@code \n}, {@code \r} or {@code \r\n}), its column
     * and its character offset, all as a text parser would report them.
     *
     * @return {line, column, character offset}, line and column from 1
     */
    static long[] textPosition(byte[] bytes, int from, int offset) {
        long line = 1;
        long chars = 0;
        long lineStart = 0;
        int end = Math.min(offset, bytes.length);
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue; // continuation byte: part of the character already counted
            }
            if (b == '\n' && !(i > from && bytes[i - 1] == '\r')) {
                line++;
                lineStart = chars + 1;
            } else if (b == '\n') {
                lineStart = chars + 1;
            } else if (b == '\r') {
                line++;
                lineStart = chars + 1;
            }
            chars += b >= 0xF0 ? 2 : 1; // a supplementary code point is two UTF-16 characters
        }
        return new long[] {line, chars - lineStart + 1, chars};
    }
}
