package dev.sandboxtests.diff.assertj;

import static dev.sandboxtests.diff.assertj.SmartDiffAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sandboxtests.diff.BehaviorDiff;
import dev.sandboxtests.diff.Capture;
import dev.sandboxtests.diff.DiffRules;
import dev.sandboxtests.diff.Difference;
import dev.sandboxtests.diff.ExpectedChange;
import dev.sandboxtests.diff.Operation;
import dev.sandboxtests.diff.Relevance;
import dev.sandboxtests.diff.Section;
import dev.sandboxtests.diff.SmartDiff;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class DifferenceAssertTest {

    private static final BehaviorDiff DIFF = SmartDiff.defaults().compare(
            Capture.of(200, Map.of("content-type", List.of("application/json"), "x-version", List.of("1")),
                    ("{\"total\":100,\"price\":1.50,\"big\":12345678901234567890,\"currency\":\"EUR\",\"paid\":false,"
                            + "\"note\":\"a\",\"tags\":[\"x\"],\"discount\":null}").getBytes(UTF_8)),
            Capture.of(503, Map.of("content-type", List.of("application/json"), "x-version", List.of("2")),
                    ("{\"total\":90,\"price\":1.5,\"big\":12345678901234567891,\"currency\":\"USD\",\"paid\":true,"
                            + "\"tags\":[\"x\",\"y\"],\"discount\":{\"percent\":10},\"coupon\":\"SPRING\"}")
                            .getBytes(UTF_8)));

    @Test
    void numbersMatchByValueWhateverTheirJavaOrJsonType() {
        assertThat(DIFF).hasChangeAt("/total").from(100).to(90)
                .hasChangeAt("/total").from(100L).to(90L)
                .hasChangeAt("/total").from(100.0).to(90.0f)
                .hasChangeAt("/total").from(new BigDecimal("100.00")).to(BigInteger.valueOf(90))
                .hasChangeAt("/total").from((short) 100).to((byte) 90);
        assertThat(DIFF).hasChangeAt("/big").from(new BigInteger("12345678901234567890"))
                .to(new BigDecimal("12345678901234567891"));
    }

    @Test
    void aDifferentNumberFailsNamingBothValues() {
        assertThatThrownBy(() -> assertThat(DIFF).hasChangeAt("/total").from(101))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Expected the change at /total to be from 101, but its baseline value is 100.")
                .hasMessageContaining("The change: CHANGED /total: 100 → 90 [MEDIUM: value changed]");
        assertThatThrownBy(() -> assertThat(DIFF).hasChangeAt("/total").to(90.5))
                .hasMessageContaining("Expected the change at /total to be to 90.5, but its fork value is 90.");
        assertThatThrownBy(() -> assertThat(DIFF).hasChangeAt("/total").to("90"))
                .hasMessageContaining("to be to \"90\", but its fork value is 90.");
    }

    @Test
    void stringsBooleansNullAndAbsentValues() {
        assertThat(DIFF).hasChangeAt("/currency").from("EUR").to("USD")
                .hasChangeAt("/paid").from(false).to(true)
                .hasChangeAt("/note").from("a").to(DifferenceAssert.ABSENT)
                .hasChangeAt("/coupon").from(DifferenceAssert.ABSENT).to("SPRING");
        assertThatThrownBy(() -> assertThat(DIFF).hasChangeAt("/note").to(null))
                .hasMessageContaining("to be to null, but its fork value is (absent).");
        assertThatThrownBy(() -> assertThat(DIFF).hasChangeAt("/coupon").from(null))
                .hasMessageContaining("to be from null, but its baseline value is (absent).");
    }

    @Test
    void jsonNullIsJavaNull() {
        BehaviorDiff diff = SmartDiff.defaults().compare(Capture.json(200, "{\"a\":null}"), Capture.json(200, "{\"a\":1}"));

        assertThat(diff).hasChangeAt("/a").from(null).to(1);
    }

    @Test
    void containersMatchJsonNodesMapsAndLists() {
        assertThat(DIFF).hasChangeAt("/discount").from(null).to(Map.of("percent", 10))
                .hasChangeAt("/discount").to(JsonNodeFactory.instance.objectNode().put("percent", 10L))
                .hasChangeAt("/tags/1").from(DifferenceAssert.ABSENT).to(TextNode.valueOf("y"));
        assertThatThrownBy(() -> assertThat(DIFF).hasChangeAt("/discount").to(Map.of("percent", 11)))
                .hasMessageContaining("to be to {\"percent\":11}, but its fork value is {\"percent\":10}.");
    }

    @Test
    void statusAndHeaderChanges() {
        assertThat(DIFF).hasChangeAt("status").from(200).to(503).withRelevance(Relevance.HIGH)
                .hasChangeAt("header:x-version").from("1").to("2").withOperation(Operation.CHANGED);
    }

    @Test
    void relevanceOperationAndReason() {
        assertThat(DIFF).hasChangeAt("/note").withOperation(Operation.REMOVED).withRelevance(Relevance.HIGH)
                .withReasonContaining("missing in fork");

        assertThatThrownBy(() -> assertThat(DIFF).hasChangeAt("/total").withRelevance(Relevance.LOW))
                .hasMessageContaining("Expected the change at /total to be LOW, but it is MEDIUM (value changed).");
        assertThatThrownBy(() -> assertThat(DIFF).hasChangeAt("/total").withOperation(Operation.ADDED))
                .hasMessageContaining("Expected the change at /total to be ADDED, but it is CHANGED.");
        assertThatThrownBy(() -> assertThat(DIFF).hasChangeAt("/total").withReasonContaining("noise"))
                .hasMessageContaining("Expected the reason for the change at /total to contain \"noise\", but it is"
                        + " \"value changed\".");
    }

    @Test
    void aChangeOfAnyRelevanceCounts() {
        BehaviorDiff diff = SmartDiff.builder()
                .rules(DiffRules.builder().expect("/total", ExpectedChange.any(), "a new total").build())
                .build()
                .compare(Capture.json(200, "{\"total\":100}"), Capture.json(200, "{\"total\":90}"));

        assertThat(diff).hasChangeAt("/total").from(100).to(90).withRelevance(Relevance.LOW)
                .withReasonContaining("expected: a new total");
    }

    @Test
    void theOnlyChangeBelowALocationIsChecked() {
        assertThat(DIFF).hasChangeAt("/tags").from(DifferenceAssert.ABSENT).to("y");
    }

    @Test
    void severalChangesBelowALocationMustBeNamed() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(DIFF).hasChangeAt("(body)").from(100));

        assertThat(failure.getMessage())
                .contains("changes below (body) and none at it; name the one to check:")
                .contains("\n  CHANGED /total: 100 → 90 [MEDIUM: value changed]");
        assertThat(DIFF.differences().size()).isGreaterThan(2);
    }

    @Test
    void aMissingChangeFailsAtHasChangeAt() {
        assertThatThrownBy(() -> assertThat(DIFF).hasChangeAt("/unchanged"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Expected a change at /unchanged, but there is none.");
    }

    @Test
    void failuresCarryTheRenderedCapturesForTheIde() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(DIFF).hasChangeAt("/total").to(91));

        assertThat(failure.getExpected().getValue()).asString().startsWith("status 200").contains("\"total\" : 100");
        assertThat(failure.getActual().getValue()).asString().startsWith("status 503").contains("\"total\" : 90");
        assertThat(failure.getMessage()).contains("All differences, baseline → fork:");
    }

    @Test
    void aDifferenceAssertCanCheckALoneDifference() {
        Difference lone = new Difference(Section.BODY, "/a", Operation.CHANGED, TextNode.valueOf("x"),
                TextNode.valueOf("y"), Relevance.MEDIUM, "value changed");

        new DifferenceAssert(lone).from("x").to("y");
        assertThatThrownBy(() -> new DifferenceAssert(lone).to("z"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the change at /a to be to \"z\", but its fork value is \"y\".");
        assertThatThrownBy(() -> new DifferenceAssert(lone).hasChangeAt("/b"))
                .isInstanceOf(IllegalStateException.class);
    }
}
