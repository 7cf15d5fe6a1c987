package dev.sandboxtests.diff.assertj;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.SmartDiff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** What a failing assertion hands to the developer and the IDE. */
class AssertionFailureTest {

    private static final Capture BASELINE = Capture.of(200,
            Map.of("content-type", List.of("application/json")),
            "{\"total\":100,\"currency\":\"EUR\",\"note\":\"a\"}".getBytes(UTF_8));
    private static final Capture FORK = Capture.of(200,
            Map.of("content-type", List.of("application/json")),
            "{\"total\":90,\"currency\":\"USD\"}".getBytes(UTF_8));
    private static final BehaviorDiff DIFF = SmartDiff.defaults().compare(BASELINE, FORK);

    @Test
    void messageListsEveryDifferenceNotOnlyTheOffendingOnes() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(DIFF).hasOnlyChangesAt("/total", "/currency"));

        assertThat(failure.getMessage())
                .contains("Expected relevant changes at [/total, /currency] and nowhere else")
                .contains("there are relevant changes at other locations:\n"
                        + "  REMOVED /note: \"a\" → (absent) [HIGH: field missing in fork]")
                .contains("All differences, baseline → fork:\n3 differences (3 relevant):")
                .containsPattern("MEDIUM +CHANGED +/total +100 → 90 +value changed")
                .containsPattern("MEDIUM +CHANGED +/currency +\"EUR\" → \"USD\" +value changed")
                .containsPattern("HIGH +REMOVED +/note +\"a\" → \\(absent\\) +field missing in fork");
    }

    @Test
    void failureCarriesBaselineAsExpectedAndForkAsActualRendered() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(DIFF).hasNoRelevantChanges());

        assertThat(failure.isExpectedDefined()).isTrue();
        assertThat(failure.isActualDefined()).isTrue();
        String expected = """
                status 200
                content-type: application/json

                {
                  "total" : 100,
                  "currency" : "EUR",
                  "note" : "a"
                }""";
        String actual = """
                status 200
                content-type: application/json

                {
                  "total" : 90,
                  "currency" : "USD"
                }""";
        assertThat(failure.getExpected().getValue()).isEqualTo(expected);
        assertThat(failure.getExpected().getStringRepresentation()).isEqualTo(expected);
        assertThat(failure.getActual().getValue()).isEqualTo(actual);
        assertThat(failure.getActual().getStringRepresentation()).isEqualTo(actual);
    }

    @Test
    void descriptionGivenWithAsIsKept() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(DIFF).as("checkout total").hasNoRelevantChanges());

        assertThat(failure.getMessage()).startsWith("[checkout total] ");
    }

    @Test
    void everyKindOfFailureCarriesTheRenderedCaptures() {
        List<Runnable> assertions = List.of(
                () -> assertThat(DIFF).hasNoDifferences(),
                () -> assertThat(DIFF).hasChangeAt("/other"),
                () -> assertThat(DIFF).hasNoChangesOfRelevance(Relevance.HIGH));
        for (Runnable assertion : assertions) {
            AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class, assertion::run);
            assertThat(failure.getMessage()).contains("3 differences (3 relevant):");
            assertThat(failure.getExpected().getValue()).asString().contains("\"note\" : \"a\"");
            assertThat(failure.getActual().getValue()).asString().contains("\"currency\" : \"USD\"");
        }
    }
}
