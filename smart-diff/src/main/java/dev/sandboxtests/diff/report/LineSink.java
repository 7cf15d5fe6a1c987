package dev.sandboxtests.diff.report;

/** Receives the lines of a rendered document, one at a time and in order, but only those it wants. */
interface LineSink {

    /** A sink that wants no line: for a pass that only finds out where things are. */
    LineSink NONE = new LineSink() {
        @Override
        public boolean wants(int number) {
            return false;
        }

        @Override
        public void line(int number, String text, int omittedCharacters) {
            throw new IllegalStateException("line " + number + " was not wanted");
        }
    };

    /**
     * @param number the 1-based line number
     * @return whether {@link #line} should be called for it; when not, its text is never built
     */
    boolean wants(int number);

    /**
     * @param number            the 1-based line number
     * @param text              the line, without its line end, cut at the renderer's line limit
     * @param omittedCharacters how many characters of the line were cut off (0 when none)
     */
    void line(int number, String text, int omittedCharacters);
}
