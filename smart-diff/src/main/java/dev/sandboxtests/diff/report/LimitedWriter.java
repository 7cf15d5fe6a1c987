package dev.sandboxtests.diff.report;

import java.io.Writer;

/** Keeps the first {@code limit} characters written to it and notes whether more came. */
final class LimitedWriter extends Writer {

    private final StringBuilder kept = new StringBuilder();
    private final int limit;
    private boolean overflowed;

    LimitedWriter(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        int room = Math.max(0, limit - kept.length());
        if (length > room) {
            overflowed = true;
        }
        kept.append(chars, offset, Math.min(length, room));
    }

    @Override
    public void write(String text, int offset, int length) {
        int room = Math.max(0, limit - kept.length());
        if (length > room) {
            overflowed = true;
        }
        kept.append(text, offset, offset + Math.min(length, room));
    }

    /** @return whether more than {@code limit} characters were written */
    boolean overflowed() {
        return overflowed;
    }

    @Override
    public void flush() {
        // nothing is buffered
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return kept.toString();
    }
}
