package dev.sandboxtests.diff.rendering;

import java.io.Writer;

/**
 * Collects at most {@code limit} characters and silently drops the rest, so rendering a huge
 * document can stop as soon as {@link #isFull()} says enough has been written. Used by the engine's
 * value texts and by the reports.
 *
 * <pre>{@code
 * BoundedWriter out = new BoundedWriter(80);
 * out.write(longText);
 * out.toString();      // the first 80 characters
 * out.isTruncated();   // true when longText was longer
 * }</pre>
 */
public final class BoundedWriter extends Writer {

    private final StringBuilder text = new StringBuilder();
    private final int limit;
    private boolean truncated;

    /** @param limit how many characters to keep */
    public BoundedWriter(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        int room = limit - text.length();
        if (length > room) {
            truncated = true;
        }
        text.append(chars, offset, Math.max(0, Math.min(length, room)));
    }

    @Override
    public void write(String string, int offset, int length) {
        int room = limit - text.length();
        if (length > room) {
            truncated = true;
        }
        text.append(string, offset, offset + Math.max(0, Math.min(length, room)));
    }

    /** @return whether no more characters will be kept */
    public boolean isFull() {
        return truncated || text.length() >= limit;
    }

    /** @return whether more than the limit was written */
    public boolean isTruncated() {
        return truncated;
    }

    @Override
    public void flush() {
        // nothing is buffered here
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
