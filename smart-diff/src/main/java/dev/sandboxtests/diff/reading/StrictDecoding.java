package dev.sandboxtests.diff.reading;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes to text, refusing malformed input instead of silently replacing it with U+FFFD:
 * two different byte sequences must never decode to the same text, or the diff would miss changes.
 *
 * @param text         the decoded text, or {@code null} when the bytes are malformed
 * @param malformedAt  the offset of the first malformed byte, or {@code -1}
 */
record StrictDecoding(String text, int malformedAt) {

    static StrictDecoding decode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new StrictDecoding(null, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new StrictDecoding(null, in.position());
        }
        out.flip();
        return new StrictDecoding(out.toString(), -1);
    }

    boolean isMalformed() {
        return text == null;
    }
}
