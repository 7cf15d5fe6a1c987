package dev.sandboxtests.diff.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sandboxtests.diff.summary.RunSummary;
import dev.sandboxtests.diff.summary.SummaryFixtures;
import dev.sandboxtests.diff.summary.SummaryJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.json conforms to run-summary.schema.json, and docs/run-summary-schema.md keeps up with both. */
class RunSummarySchemaTest {

    private static final String SCHEMA = "/dev/sandboxtests/diff/summary/run-summary.schema.json";
    private static final Path DOCUMENT = Path.of("..", "docs", "run-summary-schema.md");

    @TempDir
    Path directory;

    @Test
    void aSummaryOfRealReportsConformsToTheSchema() throws Exception {
        SummaryJson.write(SummaryFixtures.run(directory), directory.resolve("summary.json"));

        JsonNode written = new ObjectMapper().readTree(directory.resolve("summary.json").toFile());

        assertThat(SchemaCheck.load(SCHEMA).problems(written)).isEmpty();
        assertThat(written.get("schema").asText()).isEqualTo(RunSummary.SCHEMA);
        assertThat(written.path("smartTests").get(2).get("failed").isNull()).isTrue();
    }

    @Test
    void theSchemaRefusesAFieldItDoesNotDeclare() throws Exception {
        SummaryJson.write(SummaryFixtures.run(directory), directory.resolve("summary.json"));
        com.fasterxml.jackson.databind.node.ObjectNode written = (com.fasterxml.jackson.databind.node.ObjectNode)
                new ObjectMapper().readTree(directory.resolve("summary.json").toFile());
        written.put("extra", 1);

        assertThat(SchemaCheck.load(SCHEMA).problems(written)).containsExactly(" must not have extra");
    }

    @Test
    void documentsEveryFieldOfTheSchema() throws Exception {
        // Every counts object has the fields of totals.differences, documented once.
        Set<String> undocumented = SchemaDocumentationTest.undocumented(SchemaCheck.load(SCHEMA).schema(), DOCUMENT,
                field -> field.replace("smartTests[].counts.", "totals.differences."));

        assertThat(undocumented).as("fields without a row in %s", DOCUMENT).isEmpty();
    }

    @Test
    void theExampleInTheDocumentConformsToTheSchemaAndReadsBack() throws Exception {
        String document = Files.readString(DOCUMENT, UTF_8);
        int start = document.indexOf("```json\n", document.indexOf("## Example")) + "```json\n".length();
        String example = document.substring(start, document.indexOf("```", start));

        assertThat(SchemaCheck.load(SCHEMA).problems(new ObjectMapper().readTree(example))).isEmpty();
        Path file = Files.writeString(directory.resolve("example.json"), example);
        assertThat(SummaryJson.read(file).totals().withHigh()).isEqualTo(1);
    }
}
