package dev.sandboxtests.diff.report;

/**
 * Escaping for HTML text and attribute values. Everything a report shows that came from a capture,
 * a difference or the caller goes through here: bodies may hold {@code </script>} or
 * {@code <img onerror=...>}, and a report must show them, not run them.
 */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(out, text);
        return out.toString();
    }

    /** Escapes {@code & < > " '}, which makes the text safe both between tags and in quoted attributes. */
    static StringBuilder escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\0' -> out.append("\uFFFD"); // HTML parsers drop or replace NUL anyway; make it visible
                default -> out.append(c);
            }
        }
        return out;
    }
}
