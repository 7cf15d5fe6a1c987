package dev.sandboxtests.junit;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.routing.RoutingKey;
import io.restassured.path.json.JsonPath;
import dev.sandboxtests.junit.report.ReportEntries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A SmartTest sends the request to baseline and to the fork, and diffs what came back. */
class SmartTestHttpTest {

    private static EngineExecutionResults results;
    private static Path attachments;

    @BeforeAll
    static void runScenario(@TempDir Path directory) {
        attachments = directory;
        results = Scenarios.engine(Map.of(), SmartScenario.class)
                .outputDirectoryProvider(new OutputDirectories(directory))
                .execute();
    }

    @Test
    void everyScenarioTestPasses() {
        Scenarios.assertAllSucceeded(results, 4);
    }

    @Test
    void theDiffIsPublishedAsAReportEntryNamingServiceAndSandbox() {
        List<String> diffs = Scenarios.reportEntries(results).stream()
                .filter(entry -> entry.containsKey("sandbox.diff"))
                .map(entry -> entry.get("sandbox.diff"))
                .toList();

        assertThat(diffs).anySatisfy(diff -> assertThat(diff)
                .startsWith("echo (sandbox smart-scenario)\n")
                .contains("/version")
                .contains("\"baseline\"")
                .contains("\"fork\""));
    }

    @Test
    void eachSmartTestPublishesAOneLineSummaryBesideItsDiff() {
        List<Map<String, String>> smartTests = Scenarios.reportEntries(results).stream()
                .filter(entry -> entry.containsKey(ReportEntries.DIFF))
                .toList();

        assertThat(smartTests).hasSize(2).allSatisfy(entry -> assertThat(entry.get(ReportEntries.SUMMARY))
                .matches("echo GET /\\w+: \\d+ HIGH, \\d+ MEDIUM, \\d+ LOW; relevant: (yes|no)")
                .doesNotContain("\n"));
        assertThat(smartTests).extracting(entry -> entry.get(ReportEntries.SUMMARY))
                .contains("echo GET /version: 0 HIGH, 1 MEDIUM, 0 LOW; relevant: yes");
    }

    @Test
    void eachSmartTestAttachesItsThreeReportFilesToItsTest() throws IOException {
        List<FileEntry> attached = results.allEvents().fileEntryPublished().stream()
                .map(event -> event.getRequiredPayload(FileEntry.class))
                .toList();
        Path json = Path.of(Scenarios.reportEntries(results).stream()
                .filter(entry -> entry.containsKey(ReportEntries.DIFF_JSON))
                .findFirst().orElseThrow().get(ReportEntries.DIFF_JSON));
        String baseName = json.getFileName().toString().replaceFirst("\\.json$", "");

        assertThat(attached).hasSize(6);
        assertThat(attached).extracting(file -> file.getPath().getFileName().toString())
                .contains(baseName + ".html", baseName + ".json", baseName + ".txt");
        FileEntry attachedJson = attached.stream()
                .filter(file -> file.getPath().getFileName().equals(json.getFileName()))
                .findFirst().orElseThrow();
        assertThat(attachedJson.getPath()).startsWith(attachments);
        assertThat(attachedJson.getMediaType()).hasValue("application/json; charset=UTF-8");
        assertThat(Files.readString(attachedJson.getPath())).isEqualTo(Files.readString(json));
    }

    @Test
    void theSandboxIsPublishedAsAReportEntryOfTheClass() {
        assertThat(Scenarios.reportEntries(results)).anySatisfy(entry -> {
            assertThat(entry).containsEntry("sandbox", "smart-scenario").containsEntry("provider", "local");
            assertThat(RoutingKey.parse(entry.get("routingKey"))).isNotNull();
        });
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class SmartScenario {

        @Test
        void theChangeIsAtTheVersionAndNowhereElse(SmartTest smart, Sandbox sandbox) {
            BehaviorDiff diff = smart.http("echo", request -> request.get("/version"));

            assertThat(diff).hasOnlyChangesAt("/version");
            Difference version = diff.at("/version").orElseThrow();
            assertThat(version.baseline().asText()).isEqualTo("baseline");
            assertThat(version.fork().asText()).isEqualTo("fork");
            assertThat(smart.sandbox()).isSameAs(sandbox);
        }

        @Test
        void onlyTheForkRequestCarriesTheKey(SmartTest smart, RoutingKey key) {
            BehaviorDiff diff = smart.http("echo", request -> request.get("/whoami"));

            assertThat(JsonPath.from(diff.baseline().bodyText()).getString("baggage")).isEmpty();
            assertThat(JsonPath.from(diff.fork().bodyText()).getString("baggage")).isEqualTo("sd-routing-key=" + key);
            assertThat(diff).hasChangeAt("/baggage").hasChangeAt("/instance").hasChangeAt("/version");
        }

        @Test
        void aRequestFunctionMustReturnTheResponse(SmartTest smart) {
            assertThatThrownBy(() -> smart.http("echo", request -> {
                request.get("/version");
                return null;
            }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("returned no response for the baseline")
                    .hasMessageContaining("request -> request.get(\"/path\")");
        }

        @Test
        void anUnknownServiceNamesTheKnownOnes(SmartTest smart) {
            assertThatThrownBy(() -> smart.http("payments", request -> request.get("/")))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining("Unknown service 'payments'")
                    .hasMessageContaining("declares echo");
        }
    }

}
