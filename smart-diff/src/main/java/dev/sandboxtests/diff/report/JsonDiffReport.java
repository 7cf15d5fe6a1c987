package dev.sandboxtests.diff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.Section;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON report, schema version {@value #SCHEMA_VERSION}; docs/diff-report-schema.md and
 * {@code behavior-diff.schema.json} next to this class describe it. Any change to the field names or
 * their meaning needs a new schema version.
 */
final class JsonDiffReport {

    static final String SCHEMA_ID = "https://sandbox-tests.dev/schemas/behavior-diff/v2";
    static final int SCHEMA_VERSION = 2;

    /** Difference values longer than this (compact JSON) are given as a cut preview. */
    static final int VALUE_CHARACTERS = 16 * 1024;
    /** Body text kept in a report. */
    static final int BODY_CHARACTERS = 1024 * 1024;
    /** Binary body bytes kept (base64) in a report. */
    static final int BINARY_BYTES = 64 * 1024;

    private JsonDiffReport() {
    }

    static void write(BehaviorDiff diff, ReportContext context, Writer out) throws IOException {
        try (JsonGenerator json = ReportJson.FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(ReportJson.prettyPrinter());
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA_ID);
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            writeContext(json, context);
            json.writeArrayFieldStart("caveats");
            for (String caveat : diff.caveats()) {
                json.writeString(caveat);
            }
            json.writeEndArray();
            writeSummary(json, DiffSummary.of(diff));
            json.writeArrayFieldStart("differences");
            for (Difference difference : diff.differences()) {
                writeDifference(json, difference);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unmetExpectations");
            for (DiffRules.Expect expect : diff.unmetExpectations()) {
                json.writeStartObject();
                json.writeStringField("pattern", expect.pattern().toString());
                json.writeStringField("description", expect.description());
                json.writeEndObject();
            }
            json.writeEndArray();
            writeCapture(json, "baseline", diff.baseline());
            writeCapture(json, "fork", diff.fork());
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeContext(JsonGenerator json, ReportContext context) throws IOException {
        json.writeObjectFieldStart("context");
        json.writeStringField("testName", context.testName());
        json.writeStringField("service", context.service());
        json.writeStringField("sandbox", context.sandbox());
        json.writeStringField("routingKey", context.routingKey());
        json.writeObjectFieldStart("request");
        json.writeStringField("method", context.requestMethod());
        json.writeStringField("uri", context.requestUri());
        json.writeEndObject();
        json.writeObjectFieldStart("attributes");
        for (Map.Entry<String, String> attribute : context.attributes().entrySet()) {
            json.writeStringField(attribute.getKey(), attribute.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeSummary(JsonGenerator json, DiffSummary summary) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("differences", summary.differences());
        json.writeNumberField("high", summary.high());
        json.writeNumberField("medium", summary.medium());
        json.writeNumberField("low", summary.low());
        json.writeBooleanField("relevant", summary.relevant());
        json.writeNumberField("unmetExpectations", summary.unmetExpectations());
        json.writeNumberField("baselineSamples", summary.baselineSamples());
        json.writeNumberField("ignored", summary.ignored());
        json.writeEndObject();
    }

    private static void writeDifference(JsonGenerator json, Difference difference) throws IOException {
        json.writeStartObject();
        json.writeStringField("section", difference.section().name());
        json.writeStringField("location", difference.location());
        json.writeStringField("path", difference.path());
        json.writeStringField("operation", difference.operation().name());
        json.writeStringField("relevance", difference.relevance().name());
        json.writeStringField("reason", difference.reason());
        boolean secret = difference.section() == Section.HEADER && Redaction.isSecret(difference.path());
        writeValue(json, "baseline", difference.baseline(), secret);
        writeValue(json, "fork", difference.fork(), secret);
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, String side, JsonNode value, boolean secret) throws IOException {
        json.writeObjectFieldStart(side);
        json.writeBooleanField("present", !value.isMissingNode());
        if (value.isMissingNode()) {
            json.writeBooleanField("truncated", false);
        } else if (secret) {
            json.writeBooleanField("truncated", false);
            json.writeStringField("value", Redaction.REDACTED);
        } else {
            JsonValues.Compact compact = JsonValues.compact(value, VALUE_CHARACTERS);
            boolean inline = compact.complete() && compact.depth() <= ReportJson.MAX_INLINE_DEPTH;
            json.writeBooleanField("truncated", !inline);
            if (inline) {
                json.writeFieldName("value");
                JsonValues.copy(value, json);
            } else {
                json.writeStringField("preview", compact.complete() ? compact.text() : compact.text() + "…");
            }
        }
        json.writeEndObject();
    }

    private static void writeCapture(JsonGenerator json, String side, Capture capture) throws IOException {
        json.writeObjectFieldStart(side);
        json.writeNumberField("status", capture.status());
        json.writeStringField("statusName", capture.statusName().orElse(null));
        json.writeObjectFieldStart("headers");
        for (Map.Entry<String, List<String>> header : capture.headers().entrySet()) {
            json.writeArrayFieldStart(header.getKey());
            for (String value : header.getValue()) {
                json.writeString(Redaction.isSecret(header.getKey()) ? Redaction.REDACTED : value);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        writeBody(json, BodyView.of(capture));
        json.writeEndObject();
    }

    private static void writeBody(JsonGenerator json, BodyView body) throws IOException {
        json.writeObjectFieldStart("body");
        json.writeStringField("kind", body.kind().label());
        json.writeStringField("contentType", body.contentType());
        json.writeNumberField("size", body.bytes().length);
        json.writeStringField("sha256", body.sha256());
        switch (body.kind()) {
            case EMPTY -> {
                json.writeBooleanField("truncated", false);
                json.writeNullField("note");
            }
            case JSON -> writeJsonBody(json, body);
            case TEXT -> writeText(json, body.text(), null);
            case BINARY -> {
                boolean cut = body.bytes().length > BINARY_BYTES;
                json.writeBooleanField("truncated", cut);
                json.writeStringField("note", cut ? "binary body; only the first " + BINARY_BYTES + " bytes are given" : null);
                json.writeStringField("base64", Base64.getEncoder().encodeToString(
                        cut ? Arrays.copyOf(body.bytes(), BINARY_BYTES) : body.bytes()));
            }
        }
        json.writeEndObject();
    }

    private static void writeJsonBody(JsonGenerator json, BodyView body) throws IOException {
        if (body.depth() > ReportJson.MAX_INLINE_DEPTH) {
            writeText(json, body.text(), "JSON nested " + body.depth() + " levels deep, deeper than the "
                    + ReportJson.MAX_INLINE_DEPTH + " levels a report embeds; given as text");
        } else if (body.text().length() > BODY_CHARACTERS) {
            writeText(json, body.text(), "JSON larger than the " + BODY_CHARACTERS
                    + " characters a report embeds; given as text");
        } else {
            json.writeBooleanField("truncated", false);
            json.writeNullField("note");
            json.writeFieldName("json");
            try (JsonParser parser = ReportJson.FACTORY.createParser(body.text())) {
                while (parser.nextToken() != null) {
                    ReportJson.copyToken(parser, json);
                }
            }
        }
    }

    private static void writeText(JsonGenerator json, String text, String why) throws IOException {
        boolean cut = text.length() > BODY_CHARACTERS;
        String note = why;
        if (cut) {
            note = (why == null ? "text" : why) + "; only the first " + BODY_CHARACTERS + " characters are given";
        }
        json.writeBooleanField("truncated", cut);
        json.writeStringField("note", note);
        json.writeStringField("text", cut ? Texts.cut(text, BODY_CHARACTERS) : text);
    }
}
