package dev.sandboxtests.junit;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalSandbox;
import dev.sandboxtests.local.LocalServices;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A SmartTest whose fork side never reached the fork compared baseline with baseline: its diff carries
 * a caveat that fails every assertion, unless the test says so.
 */
class UnreachedForkTest {

    /** {@code front} (baseline only) in front of {@code back}, whose fork {@code v2} answers as "fork". */
    public static final class FrontAndBack implements LocalEnvironment {
        @Override
        public void define(LocalServices services) {
            services.service("back")
                    .baseline(context -> EchoService.start("baseline", context))
                    .fork("v2", context -> EchoService.start("fork", context));
            services.service("front").baseline(FrontService::start);
        }
    }

    @Test
    void everyScenarioTestPasses() {
        EngineExecutionResults results = Scenarios.run(ForkOfBackScenario.class);

        Scenarios.assertAllSucceeded(results, 5);
        List<String> reached = Scenarios.reportEntries(results).stream()
                .filter(entry -> entry.containsKey("sandbox.diff"))
                .map(entry -> entry.get("sandbox.diff"))
                .toList();
        assertThat(reached).anySatisfy(diff -> assertThat(diff).contains("Caveat: the fork of 'back' received none"));
    }

    @Scenario
    @SandboxTest(forks = @Fork("back"))
    @LocalSandbox(FrontAndBack.class)
    static class ForkOfBackScenario {

        @Test
        void aFrontThatDropsTheKeyLeavesACaveatThatFailsTheAssertion(SmartTest smart) {
            BehaviorDiff diff = smart.http("front", request -> request.get("/drops"));

            assertThat(diff.caveats()).containsExactly("the fork of 'back' received none of this SmartTest's"
                    + " requests: does 'front' pass the routing key on? (see README: passing the key on). If this"
                    + " request is not meant to reach a fork, say so with smart.allowingUnreachedForks().");
            assertThatThrownBy(() -> assertThat(diff).hasNoRelevantChanges())
                    .hasMessageStartingWith("Caveat: the fork of 'back' received none of this SmartTest's requests");
        }

        @Test
        void aFrontThatPassesTheKeyOnReachesTheForkAndShowsItsChange(SmartTest smart) {
            BehaviorDiff diff = smart.http("front", request -> request.get("/passes"));

            assertThat(diff.caveats()).isEmpty();
            assertThat(diff).hasOnlyChangesAt("/version");
        }

        @Test
        void aTestThatSaysTheForkNeedNotBeReachedGetsNoCaveat(SmartTest smart) {
            BehaviorDiff diff = smart.allowingUnreachedForks().http("front", request -> request.get("/alone"));

            assertThat(diff.caveats()).isEmpty();
            assertThat(diff).hasNoRelevantChanges();
        }

        @Test
        void aCallThatReachesForksOtherwiseThanThroughTheRouterGetsNoCaveat(SmartTest smart) {
            SmartCall dropping = SmartCall.http(request -> request.get("/drops"));
            SmartCall notCounted = new SmartCall() {
                @Override
                public dev.sandboxtests.diff.Capture send(Target target) throws Exception {
                    return dropping.send(target);
                }

                @Override
                public boolean forkReachCounted() {
                    return false;
                }
            };

            BehaviorDiff diff = smart.call("front", notCounted);

            assertThat(diff.caveats()).isEmpty();
            assertThat(diff).hasNoRelevantChanges();
        }

        @Test
        void callingTheForkedServiceItselfReachesItsFork(SmartTest smart) {
            assertThat(smart.http("back", request -> request.get("/version"))).hasOnlyChangesAt("/version");
        }
    }
}
