package dev.sandboxtests.diff.report;

import static dev.sandboxtests.diff.report.Fixtures.CONTEXT;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.SmartDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    /** A reader with Jackson's default limits: reports must stay within them. */
    private static final ObjectMapper DEFAULT_READER = new ObjectMapper();

    private static JsonNode read(String json) throws Exception {
        return DEFAULT_READER.readTree(json);
    }

    @Test
    void conformsToTheSchemaForEveryKindOfBody() throws Exception {
        SchemaCheck schema = SchemaCheck.load();
        List<BehaviorDiff> diffs = List.of(
                Fixtures.quote(),
                Fixtures.json("{}", "{}"),
                Fixtures.diff(Fixtures.capture(200, "text/plain", "hello\nworld"), Fixtures.capture(200, "text/plain", "")),
                Fixtures.diff(Fixtures.capture(200, "image/png", new byte[] {1, 2, 3}),
                        Fixtures.capture(200, "image/png", new byte[] {1, 2, 4})),
                Fixtures.json(Fixtures.nestedObjects(500, "1"), Fixtures.nestedObjects(500, "2")),
                Fixtures.json("{\"big\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}", "{\"big\":\"y\"}"));

        for (BehaviorDiff diff : diffs) {
            assertThat(schema.problems(read(DiffReport.json(diff, CONTEXT)))).as("problems").isEmpty();
            assertThat(schema.problems(read(DiffReport.json(diff)))).as("problems without context").isEmpty();
        }
    }

    @Test
    void theSchemaCheckNoticesAMissingRequiredField() throws Exception {
        JsonNode report = read(DiffReport.json(Fixtures.quote()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) report.get("summary")).remove("high");

        assertThat(SchemaCheck.load().problems(report)).containsExactly("/summary must have high");
    }

    @Test
    void startsWithTheSchemaIdentifierAndVersion() throws Exception {
        JsonNode report = read(DiffReport.json(Fixtures.quote()));

        assertThat(report.get("schema").asText()).isEqualTo(SchemaCheck.load().schema().get("$id").asText())
                .isEqualTo("https://sandbox-tests.dev/schemas/behavior-diff/v2");
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(report.fieldNames()).toIterable().containsExactly("schema", "schemaVersion", "context", "caveats",
                "summary", "differences", "unmetExpectations", "baseline", "fork");
    }

    @Test
    void roundTripsEveryDifferenceWithItsValues() throws Exception {
        BehaviorDiff diff = Fixtures.quote();

        JsonNode differences = read(DiffReport.json(diff)).get("differences");

        assertThat(differences).hasSize(diff.differences().size());
        for (int i = 0; i < differences.size(); i++) {
            Difference expected = diff.differences().get(i);
            JsonNode actual = differences.get(i);
            assertThat(actual.get("section").asText()).isEqualTo(expected.section().name());
            assertThat(actual.get("location").asText()).isEqualTo(expected.location());
            assertThat(actual.get("path").asText()).isEqualTo(expected.path());
            assertThat(actual.get("operation").asText()).isEqualTo(expected.operation().name());
            assertThat(actual.get("relevance").asText()).isEqualTo(expected.relevance().name());
            assertThat(actual.get("reason").asText()).isEqualTo(expected.reason());
            assertValue(actual.get("baseline"), expected.baseline());
            assertValue(actual.get("fork"), expected.fork());
        }
    }

    private static void assertValue(JsonNode reported, JsonNode original) {
        assertThat(reported.get("present").asBoolean()).isEqualTo(!original.isMissingNode());
        assertThat(reported.get("truncated").asBoolean()).isFalse();
        if (!original.isMissingNode()) {
            assertThat(reported.get("value").toString()).isEqualTo(original.toString());
        }
    }

    @Test
    void summaryCountsEachRelevance() throws Exception {
        BehaviorDiff diff = Fixtures.quote();
        DiffSummary expected = DiffSummary.of(diff);

        JsonNode summary = read(DiffReport.json(diff)).get("summary");

        assertThat(summary.get("differences").asInt()).isEqualTo(diff.differences().size());
        assertThat(summary.get("high").asInt()).isEqualTo(expected.high()).isPositive();
        assertThat(summary.get("medium").asInt()).isEqualTo(expected.medium()).isEqualTo(2);
        assertThat(summary.get("low").asInt()).isEqualTo(expected.low());
        assertThat(summary.get("relevant").asBoolean()).isTrue();
        assertThat(summary.get("baselineSamples").asInt()).isEqualTo(1);
        assertThat(summary.get("ignored").asInt()).isZero();
    }

    @Test
    void carriesTheContextWithNullsForWhatIsUnknown() throws Exception {
        JsonNode context = read(DiffReport.json(Fixtures.quote(), CONTEXT)).get("context");
        JsonNode empty = read(DiffReport.json(Fixtures.quote())).get("context");

        assertThat(context.get("testName").asText()).isEqualTo("VolumeDiscountTest.quotes");
        assertThat(context.get("service").asText()).isEqualTo("orders");
        assertThat(context.get("sandbox").asText()).isEqualTo("pr-42");
        assertThat(context.get("routingKey").asText()).isEqualTo("k7x2p");
        assertThat(context.at("/request/method").asText()).isEqualTo("GET");
        assertThat(context.at("/request/uri").asText()).isEqualTo("/orders/quote?sku=A1&qty=3");
        assertThat(context.at("/attributes/commit").asText()).isEqualTo("3f2a9c1");
        assertThat(empty.get("testName").isNull()).isTrue();
        assertThat(empty.at("/request/method").isNull()).isTrue();
        assertThat(empty.get("attributes").isEmpty()).isTrue();
    }

    @Test
    void numbersKeepTheirExactText() throws Exception {
        BehaviorDiff diff = Fixtures.json("{\"price\":1.00,\"huge\":123456789012345678901234567890}",
                "{\"price\":1.50,\"huge\":123456789012345678901234567890}");

        String json = DiffReport.json(diff);

        assertThat(json).contains("\"value\": 1.00", "\"value\": 1.50", "123456789012345678901234567890");
    }

    @Test
    void aHugeValueIsGivenAsACutPreview() throws Exception {
        String huge = "x".repeat(100_000);
        BehaviorDiff diff = Fixtures.json("{\"note\":\"" + huge + "\"}", "{\"note\":\"short\"}");

        JsonNode baseline = read(DiffReport.json(diff)).at("/differences/0/baseline");

        assertThat(baseline.get("present").asBoolean()).isTrue();
        assertThat(baseline.get("truncated").asBoolean()).isTrue();
        assertThat(baseline.has("value")).isFalse();
        assertThat(baseline.get("preview").asText()).startsWith("\"xxxx").endsWith("…")
                .hasSizeLessThanOrEqualTo(JsonDiffReport.VALUE_CHARACTERS + 1);
    }

    @Test
    void aDeeplyNestedValueIsGivenAsTextSoDefaultReadersCanLoadTheReport() throws Exception {
        BehaviorDiff diff = Fixtures.json("{\"deep\":" + Fixtures.nestedArrays(5_000, "1") + "}", "{\"deep\":1}");

        String json = DiffReport.json(diff);

        JsonNode report = read(json); // would fail past Jackson's default depth limit of 1,000
        JsonNode baseline = report.at("/differences/0/baseline");
        assertThat(baseline.get("truncated").asBoolean()).isTrue();
        assertThat(baseline.get("preview").asText()).startsWith("[[[[");
        assertThat(report.at("/baseline/body/kind").asText()).isEqualTo("json");
        assertThat(report.at("/baseline/body/note").asText()).contains("nested 5001 levels deep");
        assertThat(report.at("/baseline/body/text").asText()).startsWith("{\"deep\":[[[");
        assertThat(report.at("/fork/body/json/deep").asInt()).isEqualTo(1);
    }

    @Test
    void bodiesAreGivenAsJsonTextOrBase64WithSizeAndDigest() throws Exception {
        BehaviorDiff diff = Fixtures.diff(Fixtures.capture(200, "text/plain; charset=utf-8", "hello"),
                Fixtures.capture(200, "application/octet-stream", new byte[] {(byte) 0xff, 0, 1}));
        JsonNode report = read(DiffReport.json(diff));
        JsonNode json = read(DiffReport.json(Fixtures.quote())).at("/baseline/body");

        assertThat(json.get("kind").asText()).isEqualTo("json");
        assertThat(json.at("/json/price/total").asInt()).isEqualTo(3000);
        JsonNode text = report.at("/baseline/body");
        assertThat(text.get("kind").asText()).isEqualTo("text");
        assertThat(text.get("text").asText()).isEqualTo("hello");
        assertThat(text.get("contentType").asText()).isEqualTo("text/plain; charset=utf-8");
        assertThat(text.get("size").asInt()).isEqualTo(5);
        assertThat(text.get("sha256").asText())
                .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        JsonNode binary = report.at("/fork/body");
        assertThat(binary.get("kind").asText()).isEqualTo("binary");
        assertThat(binary.get("base64").asText()).isEqualTo("/wAB");
        assertThat(binary.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void aLargeBodyIsCutAndSaysSo() throws Exception {
        String large = "line of text\n".repeat(200_000);
        byte[] binary = new byte[200_000];
        BehaviorDiff diff = Fixtures.diff(Fixtures.capture(200, "text/plain", large),
                Fixtures.capture(200, "application/octet-stream", binary));

        JsonNode report = read(DiffReport.json(diff));

        JsonNode text = report.at("/baseline/body");
        assertThat(text.get("truncated").asBoolean()).isTrue();
        assertThat(text.get("text").asText()).hasSize(JsonDiffReport.BODY_CHARACTERS);
        assertThat(text.get("note").asText()).contains("only the first 1048576 characters");
        assertThat(text.get("size").asInt()).isEqualTo(large.length());
        JsonNode bytes = report.at("/fork/body");
        assertThat(bytes.get("truncated").asBoolean()).isTrue();
        assertThat(java.util.Base64.getDecoder().decode(bytes.get("base64").asText())).hasSize(JsonDiffReport.BINARY_BYTES);
    }

    @Test
    void credentialHeadersAreRedactedInCapturesAndDifferences() throws Exception {
        Map<String, List<String>> baselineHeaders = new LinkedHashMap<>();
        baselineHeaders.put("Set-Cookie", List.of("session=s3cr3t-baseline"));
        baselineHeaders.put("Authorization", List.of("Bearer s3cr3t-1"));
        Map<String, List<String>> forkHeaders = new LinkedHashMap<>();
        forkHeaders.put("Set-Cookie", List.of("session=s3cr3t-fork"));
        forkHeaders.put("Authorization", List.of("Bearer s3cr3t-2"));
        BehaviorDiff diff = Fixtures.diff(Capture.of(200, baselineHeaders, new byte[0]),
                Capture.of(200, forkHeaders, new byte[0]));

        String json = DiffReport.json(diff);

        assertThat(diff.at("header:authorization")).isPresent();
        assertThat(json).doesNotContain("s3cr3t").contains("(redacted)");
        JsonNode report = read(json);
        assertThat(report.at("/baseline/headers/set-cookie/0").asText()).isEqualTo("(redacted)");
        assertThat(report.at("/differences/0/fork/value").asText()).isEqualTo("(redacted)");
    }

    @Test
    void listsTheExpectedChangesThatDidNotHappen() throws Exception {
        BehaviorDiff diff = SmartDiff.builder()
                .rules(DiffRules.builder().expect("/shipping", (b, f) -> true, "shipping becomes free").build())
                .build()
                .compare(Capture.json(200, "{\"total\":1}"), Capture.json(200, "{\"total\":1}"));

        JsonNode report = read(DiffReport.json(diff));

        JsonNode unmet = report.get("unmetExpectations");
        assertThat(unmet).hasSize(diff.unmetExpectations().size());
        for (int i = 0; i < unmet.size(); i++) {
            assertThat(unmet.get(i).get("pattern").asText()).isEqualTo("/shipping");
            assertThat(unmet.get(i).get("description").asText()).isEqualTo("shipping becomes free");
        }
        assertThat(report.at("/summary/unmetExpectations").asInt()).isEqualTo(unmet.size());
    }

    @Test
    void isDeterministic() {
        assertThat(DiffReport.json(Fixtures.quote(), CONTEXT)).isEqualTo(DiffReport.json(Fixtures.quote(), CONTEXT));
    }

    @Test
    void writesTheSameReportToAFile(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("nested/dir/report.json");

        DiffReport.writeJson(Fixtures.quote(), CONTEXT, file);

        assertThat(Files.readString(file, UTF_8)).isEqualTo(DiffReport.json(Fixtures.quote(), CONTEXT));
    }

    @Test
    void writesAllThreeReportsSideBySide(@TempDir Path directory) throws Exception {
        ReportFiles files = DiffReport.write(Fixtures.quote(), CONTEXT, directory, "0001-quotes");

        assertThat(files.json()).hasFileName("0001-quotes.json").exists();
        assertThat(files.html()).hasFileName("0001-quotes.html").exists();
        assertThat(files.text()).hasFileName("0001-quotes.txt").exists();
        assertThat(Files.readString(files.text(), UTF_8)).isEqualTo(DiffReport.text(Fixtures.quote(), CONTEXT));
        assertThat(Files.readString(files.html(), UTF_8)).isEqualTo(DiffReport.html(Fixtures.quote(), CONTEXT));
    }
}
