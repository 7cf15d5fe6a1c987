package dev.sandboxtests.diff.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * The Jackson setup the reports read bodies and write JSON with. Reading limits are far above
 * Jackson's defaults because a report must show whatever the service returned; the reports
 * themselves stay within the defaults (see {@link #MAX_INLINE_DEPTH}) so any JSON reader can load them.
 */
final class ReportJson {

    /** Values nested deeper than this are given as text, so a report stays readable by default parsers. */
    static final int MAX_INLINE_DEPTH = 100;

    private static final int MAX_DEPTH = 1_000_000;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private ReportJson() {
    }

    /** Two-space indentation, {@code "name": value}, and {@code \n} line ends on every platform. */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /**
     * Copies the parser's current token to the generator. Numbers are copied as written, so
     * {@code 1.00} stays {@code 1.00} and a thousand-digit number is never parsed into a value.
     */
    static void copyToken(JsonParser parser, JsonGenerator generator) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            generator.writeNumber(parser.getText());
        } else {
            generator.copyCurrentEvent(parser);
        }
    }
}
