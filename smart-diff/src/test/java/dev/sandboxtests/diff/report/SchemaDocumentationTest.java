package dev.sandboxtests.diff.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** docs/diff-report-schema.md must keep up with the schema file. */
class SchemaDocumentationTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "diff-report-schema.md");

    @Test
    void documentsEveryFieldOfTheSchema() throws Exception {
        // The fork's fields have the same shape as the baseline's, and are documented once.
        Set<String> undocumented = undocumented(SchemaCheck.load().schema(), DOCUMENT,
                field -> field.replaceFirst("^fork\\.", "baseline.").replace("].fork.", "].baseline."));

        assertThat(undocumented).as("fields without a row in %s", DOCUMENT).isEmpty();
    }

    /**
     * The fields of {@code schema} that have no row {@code | `field` |} in {@code document}.
     *
     * @param documentedAs the name under which a field is documented, for fields documented once for several places
     */
    static Set<String> undocumented(JsonNode schema, Path document, UnaryOperator<String> documentedAs)
            throws IOException {
        String text = Files.readString(document, UTF_8);
        Set<String> undocumented = new TreeSet<>();
        for (String field : fields(schema)) {
            if (!text.contains("| `" + documentedAs.apply(field) + "` |")) {
                undocumented.add(field);
            }
        }
        return undocumented;
    }

    @Test
    void theExampleInTheDocumentConformsToTheSchema() throws Exception {
        String document = Files.readString(DOCUMENT, UTF_8);
        int start = document.indexOf("```json\n", document.indexOf("## Example")) + "```json\n".length();
        JsonNode example = new ObjectMapper().readTree(document.substring(start, document.indexOf("```", start)));

        assertThat(SchemaCheck.load().problems(example)).isEmpty();
        assertThat(example.get("differences")).isNotEmpty();
        assertThat(example.get("unmetExpectations")).isNotEmpty();
    }

    /** Dotted paths of every property the schema declares, following references, arrays as "[]". */
    static Set<String> fields(JsonNode root) {
        Set<String> fields = new TreeSet<>();
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", root));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            String path = next.getKey();
            JsonNode schema = next.getValue();
            if (schema.has("$ref")) {
                schema = root.at(schema.get("$ref").asText().substring(1));
            }
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                String field = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
                if (fields.add(field)) {
                    pending.push(Map.entry(field, property.getValue()));
                }
            }
            if (schema.has("items")) {
                pending.push(Map.entry(path + "[]", schema.get("items")));
            }
        }
        fields.removeIf(field -> field.endsWith("[]"));
        return fields;
    }
}
