package dev.sandboxtests.junit;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.SmartDiff;
import dev.sandboxtests.local.LocalSandbox;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Per-test rules and baseline samples through the SmartTest API. */
class SmartTestRulesTest {

    private static EngineExecutionResults results;

    @BeforeAll
    static void runScenario() {
        results = Scenarios.run(RulesScenario.class);
    }

    @Test
    void everyScenarioTestPasses() {
        Scenarios.assertAllSucceeded(results, 6);
    }

    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class RulesScenario {

        @Test
        void baselineIsSampledTwiceByDefaultWithTheForkSentSecond(SmartTest smart) {
            List<String> answeredBy = new ArrayList<>();
            BehaviorDiff diff = smart.http("echo", request -> {
                Response response = request.get("/version");
                answeredBy.add(response.jsonPath().getString("version"));
                return response;
            });

            assertThat(answeredBy).containsExactly("baseline", "fork", "baseline");
            assertThat(diff.baselineSamples()).isEqualTo(2);
        }

        @Test
        void theNumberOfSamplesIsAnOption(SmartTest smart) {
            List<String> answeredBy = new ArrayList<>();
            BehaviorDiff diff = smart.baselineSamples(3).http("echo", request -> {
                Response response = request.get("/version");
                answeredBy.add(response.jsonPath().getString("version"));
                return response;
            });

            assertThat(answeredBy).containsExactly("baseline", "fork", "baseline", "baseline");
            assertThat(diff.baselineSamples()).isEqualTo(3);
            assertThat(smart.baselineSamples(1).engine().baselineSamples()).isEqualTo(1);
            assertThatThrownBy(() -> smart.baselineSamples(0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void ignoringDropsTheChange(SmartTest smart) {
            BehaviorDiff diff = smart.ignoring("/version").http("echo", request -> request.get("/version"));

            assertThat(diff).hasNoDifferences();
            assertThat(diff.ignoredCount()).isEqualTo(1);
        }

        @Test
        void expectingRatesTheChange(SmartTest smart) {
            BehaviorDiff accepted = smart
                    .expecting("/version", (baseline, fork) -> fork.asText().equals("fork"), "answers as the fork")
                    .http("echo", request -> request.get("/version"));
            BehaviorDiff unmet = smart.expecting("/greeting").http("echo", request -> request.get("/version"));

            assertThat(accepted).hasNoRelevantChanges();
            assertThat(accepted).hasChangeAt("/version").from("baseline").to("fork").withRelevance(Relevance.LOW);
            assertThat(unmet.unmetExpectations()).hasSize(1);
        }

        @Test
        void optionsReturnNewInstancesAndAddUp(SmartTest smart) {
            SmartTest configured = smart.using(SmartDiff.builder().baselineSamples(1).build())
                    .with(DiffRules.builder().ignore("/a").build())
                    .ignoring("/b")
                    .unordered("/tags")
                    .keyed("/items", "sku");

            assertThat(smart.engine().rules().isEmpty()).isTrue();
            assertThat(smart.engine().baselineSamples()).isEqualTo(2);
            assertThat(configured.engine().baselineSamples()).isEqualTo(1);
            assertThat(configured.engine().rules().ignores()).hasSize(2);
            assertThat(configured.engine().rules().arrays()).hasSize(2);
            assertThat(configured.using(SmartDiff.defaults()).engine().rules().ignores()).hasSize(2);
            assertThat(configured.sandbox()).isSameAs(smart.sandbox());
        }

        @Test
        void theDiffIsStillPublished(SmartTest smart) {
            BehaviorDiff diff = smart.ignoring("/version").http("echo", request -> request.get("/version"));

            assertThat(diff.toString()).contains("ignored by rules");
        }
    }
}
